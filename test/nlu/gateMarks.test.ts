import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { INTENT_RULES } from '../../src/nlu/intentRules';
import { RegexGate } from '../../src/nlu/regexGate';
import { devTexts } from './devFile';
import { expectSound } from './gateSoundness';

/**
 * The gate reads more from a pattern than plain strings: where a literal must start or
 * end a word ("\b", "$"), that only blanks come before it ("^\s*"), the spellings an
 * optional character or a group of plain strings gives ("e-?mail", "(my|the) calendar"),
 * and for alternatives, a choice of one factor per branch. Each may only ever rule out a
 * pattern that cannot match: a 0 from `mayMatch` must mean the real test fails. Checked
 * on the development file (as typed, lower- and upper-cased), on random text around word
 * edges (letters, digits, "_", non-ASCII letters and blanks next to the literals), with
 * the "i", "m" and "u" flags, and for patterns run on a lower-cased copy.
 */

const PROBES = [
  /\bmy (calendar|agenda)\b/,
  /^\s*(hi|hello)( there)?[\s!.,?]*$/,
  /^(yes|no)\b/m,
  /\b(e-?mail|mail) (to|for)\b/,
  /\bdon'?t let me forget\b/,
  /\bab_c\b|\bx1\b/,
  /\b(?:mon|tues?)(?:day)?s?\b/i,
  /\bnext (week|month)\b/i,
  /\bcafé\b/,
  /(\bat|\bon)\s+\d/,
  /\b(meet|call) with\b.{0,10}\bme\b/,
  /^\s*(please )*(send|mail) it\b/,
  /^\s*(?:(?:please|ok)\s+)*(send|write)\b/,
  /(x-|y_)*send/,
  // A control character in a pattern is no mark.
  new RegExp('\\bmy\u0001x|[\u0002]end'),
  /\bſun/iu,
  /\bsun\b/u,
  /\b\w+day\b/,
  /end$/,
  /(a+bc.de|f+gh.ij)\b/,
  /\b(i|we) (have|had)\b/,
];

const PIECES = ['my', 'my ', 'amy', ' calendar', 'calendar', 'agenda', 'calendars', '_', '1', 'x', 'é', 'ß', '\u212A', 'ſ', 'İ', ' ', '  ', '\n', '\t', '\u00a0', '\u3000',
  'hi', 'hello', ' there', '!', '?', 'yes', 'no', 'noo', 'e-mail', 'email', 'mail', ' to', ' for', 'dont', "don't", ' let me forget', 'ab_c', 'x1', 'MON', 'tues', 'day', 's',
  'Next', ' WEEK', 'café', 'at', 'on', ' 3', 'meet', 'call', ' with', ' me', '\u0001', '\u0002', 'please ', 'please', 'ok', 'write', 'x-', 'y_', 'send', ' it', 'sun', 'SUN', 'end', 'bc', 'de', 'gh', 'ij', 'i', 'we', ' have', ' had', '.'];

describe('the gate with word edges, line starts and spellings', () => {
  it('never skips a probe that matches random text around word edges', () => {
    const gate = new RegexGate(PROBES);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        expectSound(gate, PROBES, [parts.join(''), parts.join(' '), parts.join('').toUpperCase(), ` ${parts.join('')}`]);
      }),
      { numRuns: 5000 },
    );
  });

  it('never skips a probe run on a lower-cased copy', () => {
    const probes = PROBES.filter((re) => !re.flags.includes('u'));
    const gate = new RegexGate(probes, true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        expectSound(gate, probes, [parts.join(''), parts.join(' ').toUpperCase()], true);
      }),
      { numRuns: 3000 },
    );
  });

  it('rules out a literal found inside a word or after other text', () => {
    const gate = new RegexGate([/\bmy (calendar|agenda)\b/, /^\s*(hi|hello)\b/, /\bend$/]);
    expect([...gate.mayMatch('amy calendar')]).toEqual([0, 0, 0]);
    expect([...gate.mayMatch('my agendas')]).toEqual([0, 0, 0]);
    expect([...gate.mayMatch('é my calendar, hi')]).toEqual([1, 0, 0]);
    expect([...gate.mayMatch('  \u00a0hi end')]).toEqual([0, 1, 1]);
    expect([...gate.mayMatch('oh hi the ends')]).toEqual([0, 0, 0]);
    expect([...gate.mayMatch('x_end')]).toEqual([0, 0, 0]);
  });

  it('never skips an intent rule or a chrono parser on the development file, as typed and in either case', () => {
    const lines = devTexts();
    const texts = lines.flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()]);
    const rules = INTENT_RULES.map((r) => r.re);
    expect(expectSound(new RegexGate(rules), rules, texts)).toBeGreaterThan(texts.length * rules.length * 0.9);
    for (const c of [chrono.casual, chrono.en.GB]) {
      const context = new chrono.ParsingContext('', new Date(0), {});
      const patterns = c.parsers.map((p) => p.pattern(context));
      expectSound(new RegexGate(patterns), patterns, texts);
    }
  });
});
