import { occurrenceDates, formatDateOnly } from '../../src/sim/graph/recurrence';
import type { PatternedRecurrence } from '../../src/sim/state/mailboxItems';
import { graphClient, signIn, startHarness } from './standInHarness';

// "patternedRecurrence resource type", "recurrencePattern resource type", "recurrenceRange resource type"
// and "Schedule repeating appointments as recurring events in Outlook".

function rec(pattern: Partial<PatternedRecurrence['pattern']>, range: Partial<PatternedRecurrence['range']>): PatternedRecurrence {
  return {
    pattern: { type: 'daily', interval: 1, month: 0, dayOfMonth: 0, daysOfWeek: [], firstDayOfWeek: 'sunday', index: 'first', ...pattern },
    range: { type: 'noEnd', startDate: '2026-11-01', endDate: '0001-01-01', recurrenceTimeZone: 'UTC', numberOfOccurrences: 0, ...range },
  };
}

function dates(r: PatternedRecurrence, until = '2030-12-31'): string[] {
  const [y, m, d] = until.split('-').map(Number);
  return occurrenceDates(r, { year: y, month: m, day: d }).map(formatDateOnly);
}

describe('recurrence expansion', () => {
  // recurrencePattern resource type (daily) and recurrenceRange (endDate)
  test('daily with interval and an end date', () => {
    expect(dates(rec({ type: 'daily', interval: 2 }, { type: 'endDate', startDate: '2026-11-18', endDate: '2026-11-26' }))).toEqual(['2026-11-18', '2026-11-20', '2026-11-22', '2026-11-24', '2026-11-26']);
  });

  // recurrenceRange resource type (noEnd, numbered)
  test('noEnd stops at the window, numbered counts from the first occurrence', () => {
    expect(dates(rec({ type: 'daily' }, { type: 'noEnd', startDate: '2026-11-18' }), '2026-11-20')).toEqual(['2026-11-18', '2026-11-19', '2026-11-20']);
    expect(dates(rec({ type: 'daily', interval: 3 }, { type: 'numbered', startDate: '2026-11-18', numberOfOccurrences: 3 }))).toEqual(['2026-11-18', '2026-11-21', '2026-11-24']);
  });

  // recurrencePattern resource type (weekly, interval, daysOfWeek)
  test('weekly every other week on several days', () => {
    expect(dates(rec({ type: 'weekly', interval: 2, daysOfWeek: ['monday', 'wednesday', 'friday'] }, { type: 'endDate', startDate: '2026-11-18', endDate: '2026-12-06' }))).toEqual(['2026-11-18', '2026-11-20', '2026-11-30', '2026-12-02', '2026-12-04']);
  });

  // recurrencePattern resource type (weekly, firstDayOfWeek)
  test('firstDayOfWeek decides which days share a week for interval > 1', () => {
    const base = { type: 'weekly' as const, interval: 2, daysOfWeek: ['sunday', 'monday'] };
    const range = { type: 'numbered' as const, startDate: '2026-11-16', numberOfOccurrences: 4 };
    expect(dates(rec({ ...base, firstDayOfWeek: 'monday' }, range))).toEqual(['2026-11-16', '2026-11-22', '2026-11-30', '2026-12-06']);
    expect(dates(rec({ ...base, firstDayOfWeek: 'sunday' }, range))).toEqual(['2026-11-16', '2026-11-29', '2026-11-30', '2026-12-13']);
  });

  // recurrencePattern resource type (absoluteMonthly, dayOfMonth)
  test('absoluteMonthly on the 31st falls on the last day of shorter months', () => {
    expect(dates(rec({ type: 'absoluteMonthly', dayOfMonth: 31 }, { type: 'numbered', startDate: '2026-01-31', numberOfOccurrences: 4 }))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  // recurrencePattern resource type (absoluteMonthly, interval)
  test('absoluteMonthly every three months', () => {
    expect(dates(rec({ type: 'absoluteMonthly', interval: 3, dayOfMonth: 15 }, { type: 'endDate', startDate: '2026-11-01', endDate: '2027-08-31' }))).toEqual(['2026-11-15', '2027-02-15', '2027-05-15', '2027-08-15']);
  });

  // recurrencePattern resource type (relativeMonthly, index first..last)
  test('relativeMonthly: second Tuesday, and last Friday', () => {
    expect(dates(rec({ type: 'relativeMonthly', daysOfWeek: ['tuesday'], index: 'second' }, { type: 'numbered', startDate: '2026-11-01', numberOfOccurrences: 3 }))).toEqual(['2026-11-10', '2026-12-08', '2027-01-12']);
    expect(dates(rec({ type: 'relativeMonthly', daysOfWeek: ['friday'], index: 'last' }, { type: 'numbered', startDate: '2026-11-01', numberOfOccurrences: 2 }))).toEqual(['2026-11-27', '2026-12-25']);
  });

  // recurrenceRange resource type (startDate is the first possible occurrence)
  test('relativeMonthly skips an occurrence before the range start', () => {
    expect(dates(rec({ type: 'relativeMonthly', daysOfWeek: ['monday'], index: 'first' }, { type: 'numbered', startDate: '2026-11-10', numberOfOccurrences: 2 }))).toEqual(['2026-12-07', '2027-01-04']);
  });

  // recurrencePattern resource type (absoluteYearly, relativeYearly, month)
  test('absoluteYearly and relativeYearly', () => {
    expect(dates(rec({ type: 'absoluteYearly', month: 3, dayOfMonth: 15 }, { type: 'endDate', startDate: '2026-01-01', endDate: '2028-12-31' }))).toEqual(['2026-03-15', '2027-03-15', '2028-03-15']);
    expect(dates(rec({ type: 'relativeYearly', month: 9, daysOfWeek: ['monday'], index: 'first' }, { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 2 }))).toEqual(['2026-09-07', '2027-09-06']);
    expect(dates(rec({ type: 'absoluteYearly', interval: 2, month: 2, dayOfMonth: 29 }, { type: 'numbered', startDate: '2028-01-01', numberOfOccurrences: 2 }))).toEqual(['2028-02-29', '2030-02-28']);
  });
});

describe('recurring events over HTTP', () => {
  // patternedRecurrence resource type (recurrenceTimeZone keeps wall time across DST); List instances
  test('a daily 09:00 Pacific series keeps its wall time across the end of daylight saving time', async () => {
    const h = await startHarness(new Date('2026-10-28T12:00:00Z'));
    try {
      const token = (await signIn(h.sim, 'alexw@example.com')).accessToken;
      const client = graphClient(h.sim, () => token);
      const series = (await client.api('/me/events').post({
        subject: 'Early check-in',
        start: { dateTime: '2026-10-30T09:00:00', timeZone: 'Pacific Standard Time' },
        end: { dateTime: '2026-10-30T09:15:00', timeZone: 'Pacific Standard Time' },
        recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'numbered', startDate: '2026-10-30', numberOfOccurrences: 4 } },
      })) as { id: string };
      const inst = (await client.api(`/me/events/${series.id}/instances`).query({ startDateTime: '2026-10-29T00:00:00Z', endDateTime: '2026-11-05T00:00:00Z' }).get()) as { value: { start: { dateTime: string } }[] };
      expect(inst.value.map((e) => e.start.dateTime)).toEqual(['2026-10-30T16:00:00.0000000', '2026-10-31T16:00:00.0000000', '2026-11-01T17:00:00.0000000', '2026-11-02T17:00:00.0000000']);
    } finally {
      await h.close();
    }
  });

  // Create event (a weekly pattern needs daysOfWeek)
  test('an invalid pattern is refused with 400', async () => {
    const h = await startHarness();
    try {
      const token = (await signIn(h.sim, 'alexw@example.com')).accessToken;
      const res = await fetch(`${h.sim.url}/v1.0/me/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ subject: 'x', start: { dateTime: '2026-11-20T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-20T10:00:00', timeZone: 'UTC' }, recurrence: { pattern: { type: 'weekly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-11-20' } } }),
      });
      expect(res.status).toBe(400);
    } finally {
      await h.close();
    }
  });
});
