import { parse } from './expectParse';
import { RECURRENCE_CASES, RESOLUTION_CASES } from './resolutionCases';

describe('time resolution table', () => {
  it('holds at least 200 cases', () => {
    expect(RESOLUTION_CASES.length + RECURRENCE_CASES.length).toBeGreaterThanOrEqual(200);
  });

  it.each(RESOLUTION_CASES.map((c) => [c.text, c.now, c.zone, c] as const))('%s (now %s, %s)', (_t, _n, _z, c) => {
    const r = parse(c.text, c.now, c.zone);
    expect({ start: r.entities.start, end: r.entities.end ?? null }).toEqual({ start: c.start, end: c.end ?? null });
  });

  it.each(RECURRENCE_CASES.map((c) => [c.text, c.now, c.zone, c] as const))('recurs: %s (now %s, %s)', (_t, _n, _z, c) => {
    const r = parse(c.text, c.now, c.zone);
    expect({ intent: r.intent, start: r.entities.start, recurrence: r.entities.recurrence }).toEqual({
      intent: 'calendar.create',
      start: c.start,
      recurrence: c.recurrence,
    });
    // Where the case says when each occurrence ends, that too.
    if (c.end !== undefined) expect(r.entities.end ?? null).toBe(c.end);
  });
});

describe('"their time"', () => {
  it('is the zone of the city the message names; with none named, the user\'s own', () => {
    const now = '2026-11-19T14:00:00Z';
    const sydney = parse('call with the sydney team at 5pm their time on friday', now, 'America/New_York');
    expect([sydney.entities.explicitTimeZone, sydney.entities.start]).toEqual(['Australia/Sydney', '2026-11-20T01:00:00-05:00']);
    const none = parse('call at 5pm their time', now, 'America/New_York');
    expect([none.entities.explicitTimeZone, none.entities.start]).toEqual([undefined, '2026-11-19T17:00:00-05:00']);
  });
});
