import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { LeanRefiners } from '../../src/nlu/gatedChrono';

/**
 * chrono's refiners asked without the calls that cannot change anything (none once no
 * result is left, no pairwise refiner while fewer than two are) refine exactly as all
 * of them do: every parser with the lean refiners finds what chrono finds, on random
 * text of date words (many results, merges, ranges and overlaps among them).
 */
const OPTION = { forwardDate: true };
const REFERENCE = { instant: new Date('2026-11-19T14:00:00Z'), timezone: -300 };

function reading(results: chrono.ParsedResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      index: r.index,
      text: r.text,
      start: r.start.date().toISOString(),
      end: r.end?.date().toISOString(),
      certain: ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'meridiem', 'timezoneOffset'].filter((c) => r.start.isCertain(c as chrono.Component)),
      tags: [...r.tags()].sort(),
    })),
  );
}

const WORDS = [
  'tomorrow', 'tonight', 'noon', 'at', '3', '10:30', 'pm', 'on', 'friday', 'next', 'last', 'week', 'month', 'in', '2', 'hours',
  'ago', 'later', 'the', '15th', 'of', 'March', '2027', '3/12', '2026-11-20', '-', '+', ',', 'a', 'within', 'for', 'this',
  'morning', 'end', 'EST', 'GMT+2', 'to', 'until', 'from', 'and', 'now', 'today', 'weekend', 'Monday', 'day',
];

describe.each([
  ['casual', chrono.casual],
  ['day first', chrono.en.GB],
])('chrono (%s) with lean refiners', (_name, full) => {
  const lean = new LeanRefiners(full.refiners);
  const leaned = new chrono.Chrono({ parsers: full.parsers, refiners: [lean] });

  it('knows the merging and overlap refiners as pairwise', () => {
    // chrono 2.10: 6 merging and 3 overlap-removal refiners of 16. Fewer means the skip no
    // longer applies (never a wrong answer, only a slower one): worth a look.
    expect(lean.pairwiseCount).toBe(9);
  });

  it('refines as all the refiners do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), fc.constantFrom(' ', '  ', ', '), (parts, sep) => {
        const text = parts.join(sep);
        expect(reading(leaned.parse(text, REFERENCE, OPTION))).toBe(reading(full.parse(text, REFERENCE, OPTION)));
      }),
      { numRuns: 3000 },
    );
  });
});
