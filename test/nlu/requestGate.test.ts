import { GATED_PATTERNS } from '../../src/nlu/calendarRequests';
import { RegexGate } from '../../src/nlu/regexGate';
import { devTexts } from './devFile';

/**
 * The request step runs a reading's pattern only when the gate allows it: a pattern that
 * matches a message must never be ruled out by the gate. Checked on every line of the
 * development file (as typed, and with capitals) and on request phrasings cut and mixed
 * at random.
 */
const lines = devTexts();

const REQUESTS = [
  'hold office hours every Tuesday 2–4pm',
  'Cancel my Office-Hours',
  'show me all of my calendars',
  'which calendars do I have?',
  'create a new calendar called “Team Trips”',
  'new calendar Hiking',
  'put it in my Family calendar',
  'move that meeting to the Work calendar',
  'add Adele and lynner@example.com to it',
  'Remove Patti from the design review, please',
  'take Megan off of my 3pm',
  'reschedule that meeting',
  "what's my next meeting?",
  'When is the quarterly planning?',
  "what time's our 1:1",
  'when can Megan, Adele and I meet next week?',
  'Find half an hour with Isaiah',
  'WHEN is the Café review?',
  '  what   time does our kick-off start',
  'find 30 mins tomorrow',
];

/** Deterministic pieces of requests and file lines, joined, cased and cut at random. */
function randomLines(n: number): string[] {
  let seed = 7;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const words = [...REQUESTS, ...lines.slice(0, 500)].join(' ').split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.5) {
      const r = REQUESTS[Math.floor(rnd() * REQUESTS.length)];
      const cut = Math.floor(rnd() * r.length);
      out.push(rnd() < 0.5 ? r.slice(cut) : r.slice(0, cut) + words[Math.floor(rnd() * words.length)]);
    } else {
      const ws: string[] = [];
      const len = 1 + Math.floor(rnd() * 12);
      for (let k = 0; k < len; k++) ws.push(words[Math.floor(rnd() * words.length)]);
      const t = ws.join(' ');
      out.push(rnd() < 0.3 ? t.toUpperCase() : t);
    }
  }
  return out;
}

describe('the request step gate', () => {
  const gate = new RegexGate(GATED_PATTERNS.map(([, g]) => g));
  const texts = [...lines, ...lines.map((l) => l.toUpperCase()), ...REQUESTS, ...randomLines(20000)];

  it('never rules out a pattern that matches', () => {
    const missed: string[] = [];
    let matched = 0;
    for (const t of texts) {
      const may = gate.mayMatch(t);
      GATED_PATTERNS.forEach(([re], i) => {
        if (!re.test(t)) return;
        matched++;
        if (may[i] !== 1) missed.push(`${re.source.slice(0, 30)}: ${t}`);
      });
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });
});
