import fc from 'fast-check';
import { CONTROL, hasControl } from '../../src/nlu/inputGuard';
import { mayBeSeparator, mixedCase, SEPARATOR_AT } from '../../src/nlu/peopleParser';
import { hasCapitalOrCurlyApostrophe } from '../../src/nlu/recognition';
import { allDigits, dashOrDigit, GENERAL_EVENTS, GENERAL_NOUNS, QUOTED, quoteMarks } from '../../src/nlu/subjectParser';
import { DURATION_ONLY, mayStartDuration } from '../../src/nlu/whenParser';

/**
 * Quick checks that spare a pattern's test where it cannot match may say "maybe" too often,
 * never "no" where the pattern matches: checked on random text made of the patterns' own
 * characters and words, blanks of every kind and case.
 */
const blanks = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff'];

describe('checks before a pattern is tried', () => {
  it('a list separator after a name', () => {
    const parts = fc.constantFrom(...blanks, ',', '&', 'and', 'AND', 'And', 'a', 'x', 'megan', '.', '-', '\u0006', '\u000c');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 8 }), (list) => {
        const text = list.join('');
        for (let i = 0; i <= text.length; i++) {
          SEPARATOR_AT.lastIndex = i;
          if (SEPARATOR_AT.test(text)) expect(mayBeSeparator(text, i)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('a bare duration at the start of a time', () => {
    const part = (...words: string[]) => fc.constantFrom('', ...words);
    const parts = fc.tuple(part('for ', 'x '), part('about ', ' '), part('5', '1.5', 'a', 'an', 'half a', 'half an', 'the'), part(' ', '-', ' - '), part('min', 'hours', 'h', 'day'), part('', ' x', '.'));
    fc.assert(
      fc.property(parts, (list) => {
        const text = list.join('');
        if (DURATION_ONLY.test(text)) expect(mayStartDuration(text.charCodeAt(0))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('a quoted subject has two quotation marks', () => {
    const parts = fc.constantFrom(...blanks, '"', '“', '”', "'", 'a', 'budget', 'x y', '\u201e', '\u00ab');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 10 }), (list) => {
        const text = list.join('');
        if (QUOTED.test(text)) expect(quoteMarks(text)).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 5000 },
    );
  });

  it('a general event phrase ends with "event" or "reminder"', () => {
    const words = fc.constantFrom('calendar', 'pending', 'new', 'all', 'event', 'events', 'Events', 'reminder', 'REMINDERS', 'reminders', 'meeting', 'x');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '  ', '\t', '\u00a0'), (list, blank) => {
        const phrase = list.join(blank);
        if (GENERAL_EVENTS.test(phrase)) expect(GENERAL_NOUNS.has(list[list.length - 1].toLowerCase())).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

/** Character loops that stand for a pattern exactly (they answer as its test would, every time). */
describe('character checks in place of a pattern', () => {
  const chars = (...extra: string[]) => fc.array(fc.oneof(fc.constantFrom('a', 'Z', 'm', 'M', '0', '9', '-', "'", '’', '‘', ...blanks, ...extra), fc.string({ maxLength: 1, unit: 'grapheme' }), fc.string({ maxLength: 1, unit: 'binary' })), { maxLength: 12 });
  const same = (check: (t: string) => boolean, pattern: (t: string) => boolean, extra: string[] = []) =>
    fc.assert(
      fc.property(chars(...extra), (list) => {
        const text = list.join('');
        expect(check(text)).toBe(pattern(text));
      }),
      { numRuns: 5000 },
    );

  it('control characters', () => {
    const controls = ['\u0000', '\u0008', '\u0009', '\u000a', '\u000b', '\u000d', '\u000e', '\u001f', '\u007f', '\u0080', '\u200a', '\u200b', '\u200f', '\u2010', '\u2029', '\u202a', '\u202e', '\u202f', '\u2065', '\u2066', '\u2069', '\u206a'];
    same(hasControl, (t) => new RegExp(CONTROL.source).test(t), controls);
  });

  it('capital letters and curly apostrophes', () => same(hasCapitalOrCurlyApostrophe, (t) => /[A-Z’‘]/.test(t)));

  it('mixed case', () => same(mixedCase, (t) => /[A-Z]/.test(t) && /[a-z]/.test(t) && t !== t.toUpperCase()));

  it('digits', () => {
    same(allDigits, (t) => /^\d+$/.test(t), ['1', '٣']);
    same(dashOrDigit, (t) => /^-|\d/.test(t), ['1', '٣']);
  });
});
