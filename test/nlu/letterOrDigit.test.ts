import fc from 'fast-check';
import { hasLetterOrDigit } from '../../src/nlu/inputGuard';

/** The blank-message test answers as `/[\p{L}\p{N}]/u` does, its ASCII shortcut included. */
describe('a letter or a digit in the text', () => {
  const pattern = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

  it('is found as the pattern finds it, in every ASCII character and some others', () => {
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, ` ${ch}`, `${ch}?`, `-- ${ch} --`]) expect(hasLetterOrDigit(text)).toBe(pattern(text));
    }
    for (const text of ['', ' ', '?!', '\u{1d7d8}', '\u{1f600}', '\ud835', ' \u00aa', '\u0660', '½', '..é']) expect(hasLetterOrDigit(text)).toBe(pattern(text));
  });

  it('is found as the pattern finds it, on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '?', '@', '[', '`', '{', '_', 'a', 'Z', '0', 'é', '½', '\u00a0', '\ud83d', '\ude00', '\u0660') }), (text) => {
        expect(hasLetterOrDigit(text)).toBe(pattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});
