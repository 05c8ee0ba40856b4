import { BLANKED, guardInput, hasBlanked } from '../../src/nlu/inputGuard';

/** The guard's look for characters to blank answers as its pattern does, for every UTF-16 code unit. */
describe('characters the guard blanks', () => {
  it('are found exactly where the pattern finds them', () => {
    const pattern = new RegExp(BLANKED.source);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `ab${ch}`, `${ch}cd`]) if (hasBlanked(text) !== pattern.test(text)) throw new Error(`differs at U+${c.toString(16)}`);
    }
    expect(hasBlanked('meet at 3pm')).toBe(false);
    expect(guardInput('a\u0000b\u200bc\u2069').text).toBe('a b c ');
  });
});
