import { expectParse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z'; // Thursday 09:00 in New York
const NY = 'America/New_York';

describe('recurrence as Graph patternedRecurrence', () => {
  it('a series with no clock time: its first day, to find a time in (a length said is no meeting at midnight)', () => {
    for (const text of ['standup every monday for 15 minutes', 'standup with megan every monday']) {
      const r = expectParse(text, NOW, NY, { intent: 'calendar.create', start: '2026-11-23T00:00:00-05:00' });
      expect([text, r.entities.end, r.entities.dateOnly]).toEqual([text, '2026-11-24T00:00:00-05:00', true]);
    }
    // With a clock time: that time, and the length ends it.
    const timed = expectParse('standup every monday at 9 for 15 minutes', NOW, NY, { start: '2026-11-23T09:00:00-05:00' });
    expect([timed.entities.end, timed.entities.dateOnly]).toEqual(['2026-11-23T09:15:00-05:00', undefined]);
  });

  it('days listed with how often a week ("twice a week tues and thurs", "3 times a week mon, wed and fri", "tues and thurs every week") repeat weekly on them', () => {
    const cases: Array<[string, string, string[]]> = [
      ['standup twice a week tues and thurs 4pm', '2026-11-19T16:00:00-05:00', ['tuesday', 'thursday']],
      ['gym 3 times a week mon, wed and fri at 7am', '2026-11-20T07:00:00-05:00', ['monday', 'wednesday', 'friday']],
      ['sync tues and thurs every week at 10', '2026-11-19T10:00:00-05:00', ['tuesday', 'thursday']],
    ];
    for (const [text, start, days] of cases) {
      const r = expectParse(text, NOW, NY, { intent: 'calendar.create', start });
      expect([text, r.entities.recurrence?.pattern]).toEqual([text, { type: 'weekly', interval: 1, daysOfWeek: days, firstDayOfWeek: 'sunday' }]);
    }
  });

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

  it.each<[string, string, string, string]>([
    // chrono reads "next week at 9" as one time a week from now (Thursday 26 November); the series runs Monday to Sunday of that week.
    ['standup every day next week at 9', '2026-11-23T09:00:00-05:00', '2026-11-23', '2026-11-29'],
    ['book 2 hours every morning next week for writing', '2026-11-23T08:00:00-05:00', '2026-11-23', '2026-11-29'],
    ['every weekday next week at 8 block focus time', '2026-11-23T08:00:00-05:00', '2026-11-23', '2026-11-29'],
    // Today's 7am has passed: from tomorrow to Sunday.
    ['gym every day this week at 7am', '2026-11-20T07:00:00-05:00', '2026-11-20', '2026-11-22'],
    ['every tuesday next month at 3', '2026-12-01T15:00:00-05:00', '2026-12-01', '2026-12-31'],
    // 9:15 is still ahead at 09:00: from today, through the fourteenth day from today.
    ['daily standup at 9:15 on weekdays for the next two weeks', '2026-11-19T09:15:00-05:00', '2026-11-19', '2026-12-03'],
  ])('%s: a series within the week or month said', (text, start, startDate, endDate) => {
    const r = expectParse(text, NOW, NY, { intent: 'calendar.create', start });
    expect(r.entities.recurrence?.range).toEqual({ type: 'endDate', startDate, endDate, recurrenceTimeZone: NY });
  });

  it('"starting next week" says when a series begins, not when it ends; a period with no day of it left bounds nothing', () => {
    const starting = expectParse('set up a weekly 1:1 with Megan on thursdays at 2pm starting next week', NOW, NY, { start: '2026-11-26T14:00:00-05:00' });
    expect(starting.entities.recurrence?.range?.type).toBe('noEnd');
    // On Monday 30 November no Tuesday of November is left: the series starts on the next Tuesday.
    const none = expectParse('every tuesday this month at 3', '2026-11-30T14:00:00Z', NY, { start: '2026-12-01T15:00:00-05:00' });
    expect(none.entities.recurrence?.range).toEqual({ type: 'noEnd', startDate: '2026-12-01', recurrenceTimeZone: NY });
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
