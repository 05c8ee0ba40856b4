import { expectParse, parse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z'; // Thursday 09:00 in New York
const NY = 'America/New_York';

describe('durations', () => {
  it.each([
    ['book a meeting with Megan tomorrow at 2 for 45 minutes', 45],
    ['lunch with Adele on friday for half an hour', 30],
    ['schedule an hour and a half review with the team on monday at 10', 90],
    ['set up a 30 min call with Isaiah tomorrow at 11am', 30],
    ['block 2 hours on thursday afternoon', 120],
    ['a 1.5 hour workshop next tuesday', 90],
    ['meeting for ninety minutes tomorrow at 10', 90],
    ['coffee with Lee for twenty minutes at 4pm', 20],
    ['an hour with Megan tomorrow', 60],
    ['30 minutes with Megan tomorrow afternoon about the budget', 30],
    // "h" and "m" right after the digits.
    ['book 2h with Lee next Friday afternoon', 120],
    ['30m with megan tomorrow', 30],
    ['a 1.5h workshop on monday', 90],
    // "half hour" without its article, "half-hour", "one-hour"; chat's "a quick 15".
    ['half hour with patti at 4', 30],
    ['half-hour sync at 3', 30],
    ['one-hour call with megan friday', 60],
    ['a quick 15 with isaiah', 15],
    ['grab a quick 30 with adele tomorrow', 30],
  ])('%s -> %i minutes', (text, minutes) => {
    expectParse(text, NOW, NY, { entities: { durationMinutes: minutes } });
  });

  it('reads "30m" as how long, not as "in 30 minutes"', () => {
    const r = parse('30m with megan tomorrow', NOW, NY);
    expect(r.entities.start).toBe('2026-11-20T00:00:00-05:00');
    expect(parse('remind me in 30m', NOW, NY).entities.start).toBe('2026-11-19T09:30:00-05:00');
  });

  it('"half hour with patti at 4" is half an hour at 4, not a time half an hour from now; "half-hour" is no part of a name', () => {
    expectParse('half hour with patti at 4', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T16:00:00-05:00', end: '2026-11-19T16:30:00-05:00' });
    expectParse('half-hour sync at 3', NOW, NY, { entities: { subject: 'sync' } });
    expectParse('a quick 15 with isaiah', NOW, NY, { intent: 'calendar.create', entities: { people: ['isaiah'] } });
    // A clock time after "quick" is none.
    expect(parse('a quick 5 pm call', NOW, NY).entities.durationMinutes).toBeUndefined();
    expect(parse('remind me in half an hour', NOW, NY).entities.start).toBe('2026-11-19T09:30:00-05:00');
  });

  it('ends a timed event after its duration', () => {
    expectParse('book a meeting with Megan tomorrow at 2 for 45 minutes', NOW, NY, {
      intent: 'calendar.create',
      start: '2026-11-20T14:00:00-05:00',
      end: '2026-11-20T14:45:00-05:00',
    });
  });

  it('does not read "for 30 minutes" as a point in time', () => {
    const r = expectParse('meet with Adele for 30 minutes', NOW, NY, { entities: { durationMinutes: 30 } });
    expect(r.entities.start).toBeUndefined();
    expect(r.spans.filter((s) => s.type === 'when')).toEqual([]);
  });

  it('reads "in 30 minutes" as a time, not a length', () => {
    const r = expectParse('call with Lee in 30 minutes', NOW, NY, { start: '2026-11-19T09:30:00-05:00' });
    expect(r.entities.durationMinutes).toBeUndefined();
  });

  it('marks all-day events', () => {
    expectParse('all day offsite on friday', NOW, NY, {
      intent: 'calendar.create',
      start: '2026-11-20T00:00:00-05:00',
      end: '2026-11-21T00:00:00-05:00',
      entities: { allDay: true },
    });
  });

  it('reads a reminder lead time', () => {
    expectParse('standup tomorrow at 9:30, remind me 15 minutes before', NOW, NY, { entities: { reminderMinutes: 15 } });
  });
});

describe('half a day', () => {
  it('is half a working day, four hours, and no time from now; the length before the noun is no part of its name', () => {
    const r = parse('schedule a half day offsite next tuesday morning', NOW, NY);
    expect({ durationMinutes: r.entities.durationMinutes, start: r.entities.start, subject: r.entities.subject }).toEqual({
      durationMinutes: 240,
      start: '2026-11-24T08:00:00-05:00',
      subject: 'offsite',
    });
    expect(parse('a half-day workshop on friday', NOW, NY).entities).toMatchObject({ durationMinutes: 240, subject: 'workshop' });
  });
});
