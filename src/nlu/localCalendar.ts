import { addLocalDays, formatWithOffset, fromLocal, localWeekday, startOfLocalDay, toLocal } from '../time/zonedTime';

/**
 * Calendar ranges in the user's zone (day, week, month, part of day), every boundary
 * computed from wall time so a DST day is 23 or 25 hours long.
 */
export interface InstantRange {
  start: Date;
  end?: Date;
}

export const PARTS_OF_DAY: Record<string, [number, number]> = {
  morning: [8, 12],
  afternoon: [12, 17],
  evening: [17, 21],
  tonight: [18, 24],
  night: [18, 24],
  lunchtime: [12, 13],
  // What is left of the working day on either side of lunch.
  'before lunch': [8, 12],
  'after lunch': [13, 17],
  lunch: [12, 13],
  dinner: [18, 20],
  breakfast: [8, 9],
};

/** Parts of the day that "early", "mid" and "late" narrow ("late afternoon"); the others are short already. */
const NARROWED: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/**
 * The hours of a part of the day, narrowed by a word before it: its first two hours when
 * "early", its last two when "late", the two around its middle when "mid" ("late afternoon"
 * is 15–17, "mid-morning" 9–11).
 */
export function partHours(part: string, qualifier?: string): [number, number] {
  const [a, b] = PARTS_OF_DAY[part];
  if (qualifier === undefined || !NARROWED.has(part)) return [a, b];
  if (qualifier === 'early') return [a, a + 2];
  if (qualifier === 'late') return [b - 2, b];
  const middle = Math.floor((a + b) / 2);
  return [middle - 1, middle + 1];
}

export function dayRange(day: Date, zone: string): InstantRange {
  const start = startOfLocalDay(day, zone);
  return { start, end: addLocalDays(start, 1, zone) };
}

/** Wall-clock hours [from, to) on the local day containing `day`; 24 means next midnight. */
export function hoursOn(day: Date, from: number, to: number, zone: string): InstantRange {
  const l = toLocal(day, zone);
  const start = fromLocal({ year: l.year, month: l.month, day: l.day, hour: from, minute: 0, second: 0 }, zone);
  const end =
    to >= 24
      ? addLocalDays(startOfLocalDay(day, zone), 1, zone)
      : fromLocal({ year: l.year, month: l.month, day: l.day, hour: to, minute: 0, second: 0 }, zone);
  return { start, end };
}

/** Monday 00:00 of the week containing `day` (weeks start on Monday, as ISO 8601). */
export function startOfWeek(day: Date, zone: string): Date {
  const wd = localWeekday(day, zone);
  return addLocalDays(startOfLocalDay(day, zone), -((wd + 6) % 7), zone);
}

export function startOfMonth(day: Date, zone: string, addMonths = 0): Date {
  const l = toLocal(day, zone);
  const d = new Date(Date.UTC(l.year, l.month - 1 + addMonths, 1));
  return fromLocal({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: 1, hour: 0, minute: 0, second: 0 }, zone);
}

/** 1 January 00:00 of the year containing `day`, `addYears` on. */
export function startOfYear(day: Date, zone: string, addYears = 0): Date {
  return fromLocal({ year: toLocal(day, zone).year + addYears, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, zone);
}

export function iso(instant: Date, zone: string): string {
  return formatWithOffset(instant, zone);
}
