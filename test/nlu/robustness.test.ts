import fc from 'fast-check';
import { MAX_INPUT, recognize } from '../../src/nlu';
import type { Recognition, RecognizerContext } from '../../src/nlu';
import { INTENTS } from '../../src/nlu';

const ctx: RecognizerContext = { now: new Date('2026-11-19T14:00:00Z'), timeZone: 'America/New_York' };
/** Per message, generous for a loaded CI machine; typical is well under a millisecond. */
const BOUND_MS = 250;

function check(text: string, context: RecognizerContext = ctx): Recognition {
  const t0 = process.hrtime.bigint();
  const r = recognize(text, context);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  expect(ms).toBeLessThan(BOUND_MS);
  expect(INTENTS).toContain(r.intent);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  for (const s of r.spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThan(s.end);
    expect(s.text).toBe(text.slice(s.start, s.end));
  }
  for (const k of ['start', 'end'] as const) {
    const v = r.entities[k];
    if (v !== undefined) expect(Number.isNaN(new Date(v).getTime())).toBe(false);
  }
  return r;
}

describe('robustness', () => {
  // Loading the model and compiling the patterns happens once; the bound is per message after that.
  beforeAll(() => void recognize('warm up at 3pm tomorrow', ctx));

  it('never throws on any string, and spans point into it', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void check(s)), { numRuns: 400 });
  });

  it('never throws on text built from its own vocabulary', () => {
    const words = fc.constantFrom('move', 'my', '3pm', 'to', '4', 'every', 'other', 'tuesday', 'with', 'Megan', 'and', 'for', '30', 'minutes',
      'until', 'march', 'cancel', 'it', 'the', 'twenty', 'third', 'half', 'past', 'london', 'time', 'between', 'noon', '@', 'dot', 'com', 'remind', 'me');
    fc.assert(fc.property(fc.array(words, { maxLength: 25 }), (ws) => void check(ws.join(' '))), { numRuns: 400 });
  });

  it('a year no calendar is kept for is no time: chrono reads "20 be" as the Buddhist era\'s year 20 (-523)', () => {
    // Found by the property above: the start was written as "1571-03-02T11:59:58+27533419:04".
    const r = check('march noon twenty between');
    expect(r.entities.start).toBeUndefined();
    expect(check('lunch on march 3 2027 at noon').entities.start).toBe('2027-03-03T12:00:00-05:00');
  });

  it('answers for empty and blank input', () => {
    expect(check('').intent).toBe('none');
    expect(check('   \n\t').intent).toBe('none');
  });

  it('cuts 100 KB to a bounded length and says so', () => {
    const big = 'schedule a meeting with Megan tomorrow at 3pm '.repeat(2300);
    expect(big.length).toBeGreaterThan(100_000);
    const r = check(big);
    expect(r.truncated).toBe(true);
    for (const s of r.spans) expect(s.end).toBeLessThanOrEqual(MAX_INPUT);
    expect(r.intent).toBe('calendar.create');
    expect(check('short').truncated).toBe(false);
  });

  it('never splits a surrogate pair when cutting', () => {
    const r = check('😀'.repeat(MAX_INPUT));
    expect(r.truncated).toBe(true);
  });

  it('reads through emoji, right-to-left text and control characters', () => {
    expect(check('📅 meeting with Megan tomorrow at 3pm 🎉').entities.start).toBe('2026-11-20T15:00:00-05:00');
    expect(check('اجتماع tomorrow at 3pm مع Megan').entities.start).toBe('2026-11-20T15:00:00-05:00');
    expect(check('meeting\u0000 tomorrow\u0007 at 3pm\u202e').entities.start).toBe('2026-11-20T15:00:00-05:00');
  });

  it('survives a bad context', () => {
    check('today', { now: new Date('not a date'), timeZone: 'Not/AZone' });
    const r = check('today', { now: new Date('2026-11-19T14:00:00Z'), timeZone: 'Not/AZone' });
    expect(r.entities.start).toBe('2026-11-19T00:00:00+00:00');
  });
});
