import { expectParse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z'; // Thursday 09:00 in New York
const NY = 'America/New_York';

describe('recurrence as Graph patternedRecurrence', () => {
  it('every other week keeps the weekday of the first occurrence', () => {
    const r = expectParse('team sync every other week on monday at 10', NOW, NY, { intent: 'calendar.create', start: '2026-11-23T10:00:00-05:00' });
    expect(r.entities.recurrence?.pattern).toEqual({ type: 'weekly', interval: 2, daysOfWeek: ['monday'], firstDayOfWeek: 'sunday' });
  });

  it('"every other week" without a day takes the day said elsewhere', () => {
    const r = expectParse('1:1 with Megan tomorrow at 2pm every other week', NOW, NY, { start: '2026-11-20T14:00:00-05:00' });
    expect(r.entities.recurrence?.pattern).toEqual({ type: 'weekly', interval: 2, daysOfWeek: ['friday'], firstDayOfWeek: 'sunday' });
  });

  it('days said after "except" or "but not" are left out, not repeated', () => {
    const daily = expectParse('standup daily at 9:45 except fridays', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T09:45:00-05:00' });
    expect(daily.entities.recurrence?.pattern).toEqual({
      type: 'weekly',
      interval: 1,
      daysOfWeek: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'saturday'],
      firstDayOfWeek: 'sunday',
    });
    const weekdays = expectParse('every weekday at 9 but not mondays', NOW, NY, { start: '2026-11-20T09:00:00-05:00' });
    expect(weekdays.entities.recurrence?.pattern?.daysOfWeek).toEqual(['tuesday', 'wednesday', 'thursday', 'friday']);
  });

  it('every morning is daily; "book 2 hours" keeps time', () => {
    const r = expectParse('book 2 hours every morning for writing', NOW, NY, { intent: 'calendar.create', entities: { durationMinutes: 120, subject: 'writing' } });
    expect(r.entities.recurrence?.pattern).toEqual({ type: 'daily', interval: 1 });
  });

  it('until the end of the year: its last day', () => {
    const r = expectParse('weekly team lunch every thursday at noon until the end of the year', NOW, NY, { start: '2026-11-19T12:00:00-05:00' });
    expect(r.entities.recurrence?.range).toEqual({ type: 'endDate', startDate: '2026-11-19', endDate: '2026-12-31', recurrenceTimeZone: NY });
  });

  it('daily until a month ends on that month', () => {
    // 09:15 is still ahead at 09:00, so the series starts today.
    const r = expectParse('standup daily at 9:15 until march', NOW, NY, { start: '2026-11-19T09:15:00-05:00' });
    expect(r.entities.recurrence?.pattern).toEqual({ type: 'daily', interval: 1 });
    expect(r.entities.recurrence?.range).toEqual({ type: 'endDate', startDate: '2026-11-19', endDate: '2027-03-01', recurrenceTimeZone: NY });
  });

  it('last friday of every month', () => {
    const r = expectParse('review on the last friday of every month at 3pm', NOW, NY, { start: '2026-11-27T15:00:00-05:00' });
    expect(r.entities.recurrence?.pattern).toEqual({ type: 'relativeMonthly', interval: 1, daysOfWeek: ['friday'], index: 'last' });
  });

  it('tuesdays and thursdays', () => {
    const r = expectParse('gym tuesdays and thursdays at 7am', NOW, NY, { start: '2026-11-24T07:00:00-05:00' });
    expect(r.entities.recurrence?.pattern).toEqual({ type: 'weekly', interval: 1, daysOfWeek: ['tuesday', 'thursday'], firstDayOfWeek: 'sunday' });
  });

  it('a number of occurrences', () => {
    const r = expectParse('training every monday at 9 for 6 times', NOW, NY, { start: '2026-11-23T09:00:00-05:00' });
    expect(r.entities.recurrence?.range).toEqual({ type: 'numbered', startDate: '2026-11-23', numberOfOccurrences: 6, recurrenceTimeZone: NY });
  });

  it('the span of the repetition is reported', () => {
    const r = expectParse('every tuesday at 10 standup', NOW, NY, { intent: 'calendar.create' });
    expect(r.spans.find((s) => s.type === 'recurrence')).toMatchObject({ text: 'every tuesday', source: 'recurrence.weekly' });
  });
});
