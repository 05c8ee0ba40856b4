import fc from 'fast-check';
import { mayBeSeparator, SEPARATOR_AT } from '../../src/nlu/peopleParser';
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
});
