import fc from 'fast-check';
import { occurrenceDates, formatDateOnly, WEEKDAYS } from '../../src/sim/graph/recurrence';
import type { PatternedRecurrence } from '../../src/sim/state/mailboxItems';

// "recurrencePattern resource type" and "recurrenceRange resource type", as properties over random patterns.

const serial = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86400000;
const weekdayOf = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

const startDates = fc.integer({ min: serial('2024-01-01'), max: serial('2030-12-31') }).map((n) => new Date(n * 86400000).toISOString().slice(0, 10));

const weekly = fc.record({
  interval: fc.integer({ min: 1, max: 4 }),
  days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  firstDayOfWeek: fc.integer({ min: 0, max: 6 }),
  startDate: startDates,
  count: fc.integer({ min: 1, max: 40 }),
});

function weeklyRecurrence(w: { interval: number; days: number[]; firstDayOfWeek: number; startDate: string; count: number }): PatternedRecurrence {
  return {
    pattern: { type: 'weekly', interval: w.interval, month: 0, dayOfMonth: 0, daysOfWeek: w.days.map((d) => WEEKDAYS[d]), firstDayOfWeek: WEEKDAYS[w.firstDayOfWeek], index: 'first' },
    range: { type: 'numbered', startDate: w.startDate, endDate: '0001-01-01', recurrenceTimeZone: 'UTC', numberOfOccurrences: w.count },
  };
}

describe('recurrence properties', () => {
  test('weekly numbered series: exactly N dates, ascending, on the chosen weekdays, in every interval-th week', () => {
    fc.assert(
      fc.property(weekly, (w) => {
        const dates = occurrenceDates(weeklyRecurrence(w), { year: 2040, month: 12, day: 31 }).map(formatDateOnly);
        expect(dates).toHaveLength(w.count);
        const start = serial(w.startDate);
        const weekStart = start - ((weekdayOf(w.startDate) - w.firstDayOfWeek + 7) % 7);
        let previous = -Infinity;
        for (const d of dates) {
          const s = serial(d);
          expect(s).toBeGreaterThan(previous);
          expect(s).toBeGreaterThanOrEqual(start);
          expect(w.days).toContain(weekdayOf(d));
          expect(Math.floor((s - weekStart) / 7) % w.interval).toBe(0);
          previous = s;
        }
      }),
      { numRuns: 300 },
    );
  });

  test('an endDate range never goes past its end, and agrees with the numbered expansion', () => {
    fc.assert(
      fc.property(weekly, fc.integer({ min: 0, max: 200 }), (w, span) => {
        const end = new Date((serial(w.startDate) + span) * 86400000).toISOString().slice(0, 10);
        const bounded = weeklyRecurrence(w);
        bounded.range = { ...bounded.range, type: 'endDate', endDate: end };
        const dates = occurrenceDates(bounded, { year: 2040, month: 12, day: 31 }).map(formatDateOnly);
        for (const d of dates) expect(serial(d)).toBeLessThanOrEqual(serial(end));
        const unbounded = occurrenceDates({ ...bounded, range: { ...bounded.range, type: 'noEnd' } }, { year: 2040, month: 12, day: 31 }).map(formatDateOnly);
        expect(unbounded.filter((d) => serial(d) <= serial(end))).toEqual(dates);
      }),
      { numRuns: 200 },
    );
  });

  test('relativeMonthly picks the index-th matching weekday of each month', () => {
    const indexes = ['first', 'second', 'third', 'fourth', 'last'] as const;
    fc.assert(
      fc.property(startDates, fc.integer({ min: 0, max: 6 }), fc.constantFrom(...indexes), fc.integer({ min: 1, max: 3 }), (startDate, day, index, interval) => {
        const r: PatternedRecurrence = {
          pattern: { type: 'relativeMonthly', interval, month: 0, dayOfMonth: 0, daysOfWeek: [WEEKDAYS[day]], firstDayOfWeek: 'sunday', index },
          range: { type: 'numbered', startDate, endDate: '0001-01-01', recurrenceTimeZone: 'UTC', numberOfOccurrences: 6 },
        };
        for (const d of occurrenceDates(r, { year: 2045, month: 1, day: 1 }).map(formatDateOnly)) {
          expect(weekdayOf(d)).toBe(day);
          const dom = Number(d.slice(8, 10));
          const [y, m] = d.split('-').map(Number);
          const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
          if (index === 'last') expect(dom + 7).toBeGreaterThan(daysInMonth);
          else expect(Math.ceil(dom / 7)).toBe(indexes.indexOf(index) + 1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
