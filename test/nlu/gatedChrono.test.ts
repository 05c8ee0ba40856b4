import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { durationRequirement, GatedChrono, LeanRefiners } from '../../src/nlu/gatedChrono';
import { RegexGate } from '../../src/nlu/regexGate';
import { devTexts } from './devFile';
import { expectSound } from './gateSoundness';

/**
 * Leaving out the parsers that cannot match must not change what chrono finds: the gated
 * parse equals chrono's own on every line of the development file and on random text
 * made of date words, in both the month-first and the day-first reading. Likewise the
 * refiners asked without the calls that cannot change anything (none once no result is
 * left, no pairwise refiner while fewer than two are): with every parser, they refine
 * exactly as all of them do (many results, merges, ranges and overlaps among them).
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

const readers: Array<[string, chrono.Chrono]> = [
  ['casual', chrono.casual],
  ['day first', chrono.en.GB],
];

describe.each(readers)('chrono (%s) with its parsers gated', (_name, full) => {
  const gated = new GatedChrono(full, OPTION);
  const same = (text: string): void => {
    expect(reading(gated.parse(text, REFERENCE))).toBe(reading(full.parse(text, REFERENCE, OPTION)));
  };

  it('finds what chrono finds on every line of the development file', () => {
    const lines = devTexts();
    let skipped = 0;
    for (const text of lines) {
      same(text);
      same(text.toUpperCase());
      if (gated.parse(text, REFERENCE).length === 0 && full.parse(text, REFERENCE, OPTION).length === 0) skipped++;
    }
    expect(skipped).toBeGreaterThan(lines.length / 2);
  });

  it('finds what chrono finds in random text of date words', () => {
    const words = [
      'tomorrow', 'Tonight', 'noon', 'at', '3', '10:30', 'pm', 'AM', 'on', 'friday', 'Fri', 'next', 'last', 'week', 'month',
      'in', '2', 'hours', 'days', 'ago', 'later', 'from now', 'the', '15th', 'of', 'March', 'mar', 'sept', '2027', '3/12',
      '12/3/2026', '2026-11-20', 'T', '-', '+', '.', ',', 'a', 'an', 'few', 'couple', 'half', 'within', 'for', 'this', 'morning',
      'evening', 'end', 'midnight', 'EST', 'GMT+2', 'to', 'until', 'h', 'm', 'd', 'x', 'now', 'today', 'yesterday', 'weekend',
      'ſ', 'K', 'é', '’',
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 2 })), { maxLength: 10 }), fc.constantFrom(' ', '', '  '), (parts, sep) => {
        same(parts.join(sep));
      }),
      { numRuns: 2000 },
    );
  });

  const lean = new LeanRefiners(full.refiners);
  const leaned = new chrono.Chrono({ parsers: full.parsers, refiners: [lean] });

  it('knows the merging and overlap refiners as pairwise', () => {
    // chrono 2.10: 6 merging and 3 overlap-removal refiners of 16. Fewer means the skip no
    // longer applies (never a wrong answer, only a slower one): worth a look.
    expect(lean.pairwiseCount).toBe(9);
  });

  it('refines with the lean refiners as with all of them', () => {
    const words = [
      'tomorrow', 'tonight', 'noon', 'at', '3', '10:30', 'pm', 'on', 'friday', 'next', 'last', 'week', 'month', 'in', '2', 'hours',
      'ago', 'later', 'the', '15th', 'of', 'March', '2027', '3/12', '2026-11-20', '-', '+', ',', 'a', 'within', 'for', 'this',
      'morning', 'end', 'EST', 'GMT+2', 'to', 'until', 'from', 'and', 'now', 'today', 'weekend', 'Monday', 'day',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(' ', '  ', ', '), (parts, sep) => {
        const text = parts.join(sep);
        expect(reading(leaned.parse(text, REFERENCE, OPTION))).toBe(reading(full.parse(text, REFERENCE, OPTION)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("chrono's duration pattern, gated by what its matches are known to contain", () => {
  const context = new chrono.ParsingContext('', new Date(0), OPTION);
  const patterns = chrono.casual.parsers.map((p) => (p as unknown as { pattern(c: chrono.ParsingContext): RegExp }).pattern(context));
  const named = chrono.casual.parsers.map((p) => p.constructor.name);
  const duration = patterns[named.indexOf('ENTimeUnitWithinFormatParser')];
  const written = durationRequirement(duration);

  it('is known in the chrono this project installs, and only for that pattern', () => {
    // Undefined here means chrono's pattern changed: never a wrong answer, only a slower one.
    expect(written).toBeDefined();
    expect(patterns.filter((re) => durationRequirement(re) !== undefined)).toEqual([duration]);
  });

  const gate = new RegexGate([duration], false, undefined, new Map([[duration, written ?? []]]));

  it('skips the pattern only where it cannot match, on the development file', () => {
    const lines = devTexts();
    expect(expectSound(gate, [duration], [...lines, ...lines.map((l) => l.toUpperCase())])).toBeGreaterThan(lines.length * 1.8);
  });

  it('skips the pattern only where it cannot match, in random text of its own words', () => {
    const words = [
      'in', 'within', 'for', 'about', 'around', 'just', '~', 'a', 'an', 'A', 'half', 'Half', 'few', 'several', 'the', 'The', 'couple',
      'of', 'and', ',', '.', "'", '5', '10', '1.5', 'one', 'TWO', 'ten', 'eight', 'eleven', 'm', 's', 'h', 'd', 'w', 'y', 'H', 'mo',
      'min', 'mins', 'minute', 'Minutes', 'hour', 'hrs', 'day', 'days', 'week', 'month', 'year', 'yr', 'qtr', 'quarters', 'second',
      'them', 'they', 'x', 'é', 'ſ',
    ];
    const spaces = fc.constantFrom('', ' ', '  ', '    ', '\t', '\n', '\r\n', '\u00a0', '\u2003', ' \u00a0');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), spaces), { maxLength: 8 }), (parts) => {
        expectSound(gate, [duration], [parts.map(([w, sp]) => w + sp).join('')]);
      }),
      { numRuns: 20000 },
    );
  });
});
