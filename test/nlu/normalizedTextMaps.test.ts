import fc from 'fast-check';
import { applyReplacements, Replacement, rewrittenPart } from '../../src/nlu/normalizedText';

/**
 * The offset maps, made at their counted size, are those of the plain reading that grows
 * them character by character: random texts with random replacements, including
 * overlapping ones (skipped), empty ones and ones reaching the end.
 */
function plain(original: string, replacements: Replacement[]): { text: string; startMap: number[]; endMap: number[] } {
  let text = '';
  const startMap: number[] = [];
  const endMap: number[] = [0];
  let pos = 0;
  const copy = (from: number, to: number): void => {
    text += original.slice(from, to);
    for (let i = from; i < to; i++) {
      startMap.push(i);
      endMap.push(i + 1);
    }
  };
  for (const r of replacements) {
    if (r.start < pos) continue;
    copy(pos, r.start);
    text += r.text;
    for (let k = 0; k < r.text.length; k++) {
      startMap.push(r.start);
      endMap.push(k === r.text.length - 1 ? r.end : r.start);
    }
    pos = r.end;
  }
  copy(pos, original.length);
  startMap.push(original.length);
  return { text, startMap, endMap };
}

describe('the offset maps of a rewritten text', () => {
  it('are those of the plain reading', () => {
    const input = fc.string({ maxLength: 40 }).chain((original) =>
      fc.tuple(
        fc.constant(original),
        fc.array(
          fc.record({ start: fc.nat(original.length), length: fc.nat(6), text: fc.string({ maxLength: 5 }) }).map((r) => ({ start: r.start, end: Math.min(original.length, r.start + r.length), text: r.text })),
          { minLength: 1, maxLength: 6 },
        ).map((rs) => rs.sort((a, b) => a.start - b.start)),
      ),
    );
    fc.assert(
      fc.property(input, ([original, reps]) => {
        const n = applyReplacements(original, reps);
        const p = plain(original, reps);
        expect({ text: n.text, startMap: [...n.startMap], endMap: [...n.endMap] }).toEqual(p);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the rewritten part of an original range', () => {
  it('is what the rewrite made of it, a replacement of another length included', () => {
    const t = applyReplacements('cancle the budget meetng now', [
      { start: 0, end: 6, text: 'cancel' },
      { start: 18, end: 24, text: 'meeting' },
    ]);
    expect(rewrittenPart(t, 7, 24)).toBe('the budget meeting');
    expect(rewrittenPart(t, 0, 6)).toBe('cancel');
    expect(rewrittenPart(t, 25, 28)).toBe('now');
    expect(rewrittenPart(t, 0, 28)).toBe(t.text);
  });
  it('is the original\'s own part when nothing was rewritten', () => {
    expect(rewrittenPart(applyReplacements('cancel the review', []), 7, 17)).toBe('the review');
  });
});
