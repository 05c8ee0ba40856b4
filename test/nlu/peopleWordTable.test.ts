import fc from 'fast-check';
import { COMMON_WORDS } from '../../src/nlu/commonWords';
import { isNameWord, nothingAt } from '../../src/nlu/peopleParser';
import { misspeltWord } from '../../src/nlu/wordTypos';
import { devTexts } from './devFile';

/**
 * The people finder's quick stop after a cue word, which looks the next word up in its
 * own word table from the text's characters, answers as the plain reading does: the
 * word cut out, lower-cased and asked of the sets (on the development file at every
 * position, as typed and upper-cased, and on random text of ordinary and odd words).
 */
const SPECIAL_FIRST = new Set(['my', 'our', 'the', 'aunt', 'uncle', 'dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'me']);

function plainNothingAt(text: string, pos: number): boolean {
  const limit = Math.min(text.length, pos + 40);
  if (pos >= limit || !/[a-z]/i.test(text[pos])) return true;
  let end = pos + 1;
  while (end < limit && /[a-z-]/i.test(text[end])) end++;
  if (end - pos >= 39) return false;
  const w = text.slice(pos, end).toLowerCase();
  if (SPECIAL_FIRST.has(w) || w.startsWith('me-')) return false;
  return w.length < 2 || COMMON_WORDS.has(w);
}

function plainIsNameWord(w: string): boolean {
  const lw = w.toLowerCase().replace(/'s$/, '');
  // A misspelt day or month is no name either ("toeight" is "tonight" with a letter changed).
  return lw.length >= 2 && !COMMON_WORDS.has(lw) && /^[a-z][a-z-]*$/i.test(lw) && (!/^[a-z][a-z-]*$/i.test(w) || misspeltWord(w) === undefined);
}

function agreeEverywhere(text: string): number {
  let common = 0;
  for (const w of text.split(/[\s,.?!]+/)) if (isNameWord(w) !== plainIsNameWord(w)) throw new Error(`name word differs: ${JSON.stringify(w)}`);
  for (let pos = 0; pos <= text.length; pos++) {
    const expected = plainNothingAt(text, pos);
    if (nothingAt(text, pos) !== expected) throw new Error(`differs at ${pos} of ${JSON.stringify(text)}`);
    if (expected) common++;
  }
  return common;
}

describe('the word after a cue word, and whether a word can be a name', () => {
  it('is read as the plain reading reads it on the development file', () => {
    const texts = devTexts();
    let common = 0;
    for (const t of texts) for (const text of [t, t.toUpperCase()]) common += agreeEverywhere(text);
    expect(common).toBeGreaterThan(10000);
  });

  it('a misspelt time word made of ordinary words ("toeight") is no name, in both readings', () => {
    expect([isNameWord('toeight'), plainIsNameWord('toeight')]).toEqual([false, false]);
    agreeEverywhere('toeight');
  });

  it('is read as the plain reading reads it on random text', () => {
    const piece = fc.constantFrom(...[...COMMON_WORDS].slice(0, 80), ...SPECIAL_FIRST, 'me-time', 'Me-', 'megan', 'The', 'MY', 'x', '-', ' ', "'", 'é', 'ſ', "megan's", "The's", "'s", 'al-', '-al', '\u212a', 'aunts', 'dr.', 'a'.repeat(38), 'b'.repeat(39));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        agreeEverywhere(parts.join(''));
        agreeEverywhere(parts.join(' '));
      }),
      { numRuns: 3000 },
    );
  });
});
