import type { PatternedRecurrence } from '../state/mailboxItems';

/**
 * Expansion of Graph's patternedRecurrence into occurrence dates, per "patternedRecurrence
 * resource type", "recurrencePattern" and "recurrenceRange": every pattern type with
 * interval, firstDayOfWeek and index, and the endDate, noEnd and numbered ranges.
 */

export interface DateOnly {
  year: number;
  month: number;
  day: number;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const INDEXES = ['first', 'second', 'third', 'fourth'];

export function parseDateOnly(text: string): DateOnly | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function formatDateOnly(d: DateOnly): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function serial(d: DateOnly): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86400000;
}

function fromSerial(n: number): DateOnly {
  const t = new Date(n * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function weekday(d: DateOnly): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addMonths(year: number, month: number, count: number): { year: number; month: number } {
  const zeroBased = year * 12 + (month - 1) + count;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

function weekdayIndexes(names: string[]): Set<number> {
  return new Set(names.map((n) => WEEKDAYS.indexOf(n.toLowerCase())).filter((i) => i >= 0));
}

/** The day of a month picked by a relative pattern ("second Tuesday", "last weekday"). */
function relativeDay(year: number, month: number, days: Set<number>, index: string): DateOnly | undefined {
  const matches: DateOnly[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const d = { year, month, day };
    if (days.has(weekday(d))) matches.push(d);
  }
  if (matches.length === 0) return undefined;
  if (index === 'last') return matches[matches.length - 1];
  return matches[Math.max(0, INDEXES.indexOf(index))];
}

/** A problem with the recurrence a client sent, worded for the 400 response. */
export function recurrenceProblem(r: PatternedRecurrence): string | undefined {
  const types = ['daily', 'weekly', 'absoluteMonthly', 'relativeMonthly', 'absoluteYearly', 'relativeYearly'];
  if (!types.includes(r.pattern.type)) return `Recurrence pattern type '${String(r.pattern.type)}' is not valid.`;
  if (!Number.isInteger(r.pattern.interval) || r.pattern.interval < 1) return 'Recurrence pattern interval must be a positive integer.';
  if (!parseDateOnly(r.range.startDate)) return 'The recurrence range must have a valid startDate.';
  if (r.range.type === 'endDate' && !parseDateOnly(r.range.endDate)) return 'The recurrence range endDate is not valid.';
  if (r.range.type === 'numbered' && !(r.range.numberOfOccurrences > 0)) return 'The recurrence range numberOfOccurrences must be positive.';
  if ((r.pattern.type === 'weekly' || r.pattern.type.startsWith('relative')) && weekdayIndexes(r.pattern.daysOfWeek).size === 0) {
    return `Recurrence pattern '${r.pattern.type}' needs daysOfWeek.`;
  }
  if ((r.pattern.type === 'absoluteMonthly' || r.pattern.type === 'absoluteYearly') && !(r.pattern.dayOfMonth >= 1 && r.pattern.dayOfMonth <= 31)) {
    return 'Recurrence pattern dayOfMonth must be between 1 and 31.';
  }
  if (r.pattern.type.endsWith('Yearly') && !(r.pattern.month >= 1 && r.pattern.month <= 12)) return 'Recurrence pattern month must be between 1 and 12.';
  return undefined;
}

/**
 * Occurrence dates from the range's start up to `until` (inclusive), honouring the
 * range's own end. Numbered ranges count from the first occurrence, whatever `until` is.
 */
export function occurrenceDates(r: PatternedRecurrence, until: DateOnly): DateOnly[] {
  const start = parseDateOnly(r.range.startDate);
  if (!start) return [];
  let last = serial(until);
  if (r.range.type === 'endDate') {
    const end = parseDateOnly(r.range.endDate);
    if (end) last = Math.min(last, serial(end));
  }
  const limit = r.range.type === 'numbered' ? r.range.numberOfOccurrences : Number.POSITIVE_INFINITY;
  const first = serial(start);
  const out: DateOnly[] = [];
  const interval = Math.max(1, r.pattern.interval);
  const emit = (d: DateOnly): boolean => {
    const s = serial(d);
    if (s > last || out.length >= limit) return false;
    if (s >= first) out.push(d);
    return true;
  };
  const days = weekdayIndexes(r.pattern.daysOfWeek ?? []);
  // Hard stop well beyond any window a client could ask for, so a bad pattern cannot spin.
  const maxSteps = 20000;
  switch (r.pattern.type) {
    case 'daily':
      for (let i = 0; i < maxSteps; i++) if (!emit(fromSerial(first + i * interval))) break;
      break;
    case 'weekly': {
      const fdw = Math.max(0, WEEKDAYS.indexOf((r.pattern.firstDayOfWeek || 'sunday').toLowerCase()));
      const weekStart = first - ((weekday(start) - fdw + 7) % 7);
      outer: for (let w = 0; w < maxSteps; w++) {
        const base = weekStart + w * 7 * interval;
        if (base > last) break;
        for (let k = 0; k < 7; k++) {
          const d = fromSerial(base + k);
          if (!days.has(weekday(d))) continue;
          if (!emit(d)) break outer;
        }
      }
      break;
    }
    case 'absoluteMonthly':
    case 'relativeMonthly':
      for (let i = 0; i < maxSteps; i++) {
        const { year, month } = addMonths(start.year, start.month, i * interval);
        if (serial({ year, month, day: 1 }) > last) break;
        const d =
          r.pattern.type === 'absoluteMonthly'
            ? { year, month, day: Math.min(r.pattern.dayOfMonth, daysInMonth(year, month)) }
            : relativeDay(year, month, days, r.pattern.index || 'first');
        if (d && !emit(d)) break;
      }
      break;
    case 'absoluteYearly':
    case 'relativeYearly':
      for (let i = 0; i < maxSteps; i++) {
        const year = start.year + i * interval;
        const month = r.pattern.month;
        if (serial({ year, month: 1, day: 1 }) > last) break;
        const d =
          r.pattern.type === 'absoluteYearly'
            ? { year, month, day: Math.min(r.pattern.dayOfMonth, daysInMonth(year, month)) }
            : relativeDay(year, month, days, r.pattern.index || 'first');
        if (d && !emit(d)) break;
      }
      break;
  }
  return out;
}

/** Fills in the defaults Graph applies to a recurrence the client sent partially. */
export function normalizeRecurrence(input: unknown, fallbackZone: string): PatternedRecurrence | null {
  if (input === null || input === undefined) return null;
  const r = input as { pattern?: Record<string, unknown>; range?: Record<string, unknown> };
  const p = r.pattern ?? {};
  const g = r.range ?? {};
  return {
    pattern: {
      type: String(p.type ?? '') as PatternedRecurrence['pattern']['type'],
      interval: Number(p.interval ?? 1),
      month: Number(p.month ?? 0),
      dayOfMonth: Number(p.dayOfMonth ?? 0),
      daysOfWeek: Array.isArray(p.daysOfWeek) ? p.daysOfWeek.map((d) => String(d).toLowerCase()) : [],
      firstDayOfWeek: String(p.firstDayOfWeek ?? 'sunday').toLowerCase(),
      index: String(p.index ?? 'first') as PatternedRecurrence['pattern']['index'],
    },
    range: {
      type: String(g.type ?? 'noEnd') as PatternedRecurrence['range']['type'],
      startDate: String(g.startDate ?? ''),
      endDate: String(g.endDate ?? '0001-01-01'),
      recurrenceTimeZone: String(g.recurrenceTimeZone ?? fallbackZone),
      numberOfOccurrences: Number(g.numberOfOccurrences ?? 0),
    },
  };
}
