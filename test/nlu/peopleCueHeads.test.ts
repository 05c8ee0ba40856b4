import fc from 'fast-check';
import { INTRO, nextIntro } from '../../src/nlu/peopleParser';

/**
 * The cue-word search tries the pattern only where the run of letters is the first word
 * of a cue phrase. On random text made of every word the cue pattern spells (and parts
 * of them, in any case, with blanks, hyphens and apostrophes between), it finds exactly
 * what the pattern's own search finds.
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
  let m: RegExpExecArray | null;
  for (let from = 0; (m = nextIntro(text, from)) !== null; from = m.index + m[0].length) out.push(`${m.index}:${m[0]}:${m[1]}`);
  return out;
}

const words = [...new Set(INTRO.source.match(/[a-z]+/g) ?? [])];

describe('the cue-word search by first words', () => {
  it('knows every word of the cue pattern', () => {
    expect(words.length).toBeGreaterThan(60);
  });

  it('finds what the pattern finds on random text of the cue words', () => {
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
