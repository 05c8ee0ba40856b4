import fc from 'fast-check';
import { INTRO, nextIntro } from '../../src/nlu/peopleParser';
import { devTexts } from './devFile';

/**
 * The people finder's cue-word search, which compares the cue phrases with the text where a
 * run of letters is the first word of one, finds exactly what the cue-word pattern's own
 * search finds: same places, same words, same lengths, on the development file, on random
 * text made of cue words and odd characters (blanks of every kind, look-alike letters), and
 * on random text of every word the cue pattern spells.
 */

function bySearch(text: string): string[] {
  const re = new RegExp(INTRO.source, 'gi');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(`${m.index}:${m[0]}:${m[1]}`);
  return out;
}

function byScan(text: string): string[] {
  const out: string[] = [];
  for (let cue = nextIntro(text, 0); cue !== null; cue = nextIntro(text, cue.end)) out.push(`${cue.index}:${text.slice(cue.index, cue.end)}:${cue.phrase}`);
  return out;
}

const words = [...new Set(INTRO.source.match(/[a-z]+/g) ?? [])];

describe('the cue-word search', () => {
  it('finds what the pattern finds on the development file', () => {
    const texts = devTexts();
    let found = 0;
    for (const t of texts) {
      for (const text of [t, t.toUpperCase()]) {
        const expected = bySearch(text);
        expect(byScan(text)).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds what the pattern finds on random text', () => {
    const piece = fc.constantFrom('with', 'To', 'is', 'where is', 'what', "what's", 'forward it to', 'reply to', 'e-mail', 'meeting', 'x', '_', '9', ' ', '  ', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000', '\u1680', '\u202f', '\u200b', '\v', '\r\n', ',', "'", '@', '`', '[', '\u212a', 'ſ', 'é', 'who ', 'IS', 'on', 'when\u3000', 'how\ufeff', 'diot', 'where diot ', 'BCIR');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(byScan(text)).toEqual(bySearch(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('knows every word of the cue pattern', () => {
    expect(words.length).toBeGreaterThan(60);
  });

  it('finds what the pattern finds on random text of every cue word (and parts of them, in any case)', () => {
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w.slice(0, -1)),
      fc.constantFrom(...words).map((w) => `${w}s`),
    );
    const glue = fc.constantFrom(' ', '  ', '-', "'", '’', '', '\t', ',', 'é', '_', '1', ' me ', ' it ', ' the ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, glue), { maxLength: 10 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        expect(byScan(text)).toEqual(bySearch(text));
      }),
      { numRuns: 5000 },
    );
  });
});
