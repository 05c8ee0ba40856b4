import fc from 'fast-check';
import { INTENT_RULES } from '../../src/nlu/intentRules';
import { GateGroup, LiteralRequirement, literalRequirement } from '../../src/nlu/regexGate';
import { devTexts } from './devFile';

/**
 * The group's scan finds exactly the literals a plain substring search finds: per
 * pattern, the number of its factors with no literal in the text, and whether the text
 * is all ASCII. The automaton keeps full transition rows only near the root and edges
 * plus failure links deeper, and gives up its one-pass reading of text without capitals
 * at the first capital; this compares all of that with `includes`, on the development
 * file (as typed and upper-cased) and on random text made of the literals themselves.
 */

function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

interface Pattern {
  req: LiteralRequirement;
  fold: boolean;
}

const rules = INTENT_RULES.map((r) => literalRequirement(r.re));
const patterns: Pattern[] = [
  ...rules.map((req) => ({ req, fold: false })),
  ...rules.map((req) => ({ req, fold: true })),
  // Literals with capitals (compared exactly), digits and punctuation.
  ...[/\bAt (\d+)/, /Monday|Mon\b/, /\d{1,2}:\d\d/, /\b(?:noon|midnight)\b/, /o'clock|o’clock/, /e-?mail/].map((re) => ({ req: literalRequirement(re), fold: false })),
  { req: [['Teams', 'TEAMS'], ['call']], fold: false },
  { req: [['zoom', 'skype', 'teams']], fold: true },
];
const late: Pattern[] = [{ req: [['kelvin', 'x-ray'], ['the']], fold: true }, { req: [['Q3'], ['review']], fold: false }];

function expected(text: string, list: Pattern[]): number[] {
  const folded = foldAscii(text);
  return list.map((p) => p.req.filter((factor) => !factor.some((lit) => (p.fold ? folded : text).includes(lit))).length);
}

function compare(group: GateGroup, list: Pattern[], text: string): void {
  const scan = group.scan(text);
  const got = Array.from(scan.missing.subarray(0, list.length));
  expect({ text, missing: got }).toEqual({ text, missing: expected(text, list) });
  expect(scan.ascii).toBe(!/[^\u0000-\u007f]/.test(text));
}

describe('the gate automaton', () => {
  const group = new GateGroup();
  group.join(patterns);
  const words = [...new Set(patterns.flatMap((p) => p.req.flat()))];

  it('finds what a substring search finds, on the development file', () => {
    const texts = devTexts();
    for (const t of texts) {
      compare(group, patterns, t);
      compare(group, patterns, t.toUpperCase());
      compare(group, patterns, `${t} é`);
    }
  });

  it('finds what a substring search finds, on random text of its own literals', () => {
    const glue = [' ', '', "'", '?', 'A', 'Z', 'é', '\u212a', '0', ':', '  '];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue), fc.string({ maxLength: 3 })), { maxLength: 12 }),
        fc.boolean(),
        (parts, upper) => {
          const text = parts.join(parts.length % 2 === 0 ? '' : ' ');
          compare(group, patterns, upper ? text.toUpperCase() : text);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('is rebuilt when patterns join after a scan', () => {
    const g = new GateGroup();
    g.join(patterns);
    compare(g, patterns, 'meet kelvin about the Q3 review');
    g.join(late);
    const all = [...patterns, ...late];
    for (const t of ['meet kelvin about the Q3 review', 'X-RAY THE Q3 REVIEW', 'x-ray the q3 review', 'nothing']) compare(g, all, t);
  });
});
