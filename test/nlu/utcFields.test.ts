import fc from 'fast-check';
import { utcFields } from '../../src/time/zonedTime';

/**
 * toLocal reads a wall time's fields by arithmetic (utcFields) instead of through a Date;
 * the fields must be the ones Date's getUTC* methods read, over a Date's whole range.
 */
function byDate(ms: number): string {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].join(',');
}

function ours(ms: number): string {
  const l = utcFields(ms);
  return [l.year, l.month, l.day, l.hour, l.minute, l.second].join(',');
}

describe('utcFields', () => {
  it("equals Date's UTC fields for any time value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15 - 5, max: 8.64e15 + 5 }), (ms) => {
        expect(ours(ms)).toBe(byDate(ms));
      }),
      { numRuns: 20000 },
    );
  });

  it('equals them around this century, leap days and era ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1), max: Date.UTC(2500, 0, 1) }), (ms) => {
        expect(ours(ms)).toBe(byDate(ms));
      }),
      { numRuns: 20000 },
    );
    const edges = [0, -1, 1, -1000, 8.64e15, -8.64e15, 8.64e15 + 1, -8.64e15 - 1, NaN, Infinity, -Infinity, 0.5, -0.5, 1999.9];
    for (const y of [-400, -1, 0, 1, 4, 100, 1600, 1900, 2000, 2024, 2100, 2400]) {
      for (const [m, d] of [[1, 1], [2, 28], [2, 29], [3, 1], [12, 31]]) {
        const t = Date.UTC(2000, m - 1, d);
        const at = new Date(t);
        at.setUTCFullYear(y);
        edges.push(at.getTime() - 1000, at.getTime(), at.getTime() + 86399000);
      }
    }
    for (const ms of edges) expect(ours(ms)).toBe(byDate(ms));
  });
});
