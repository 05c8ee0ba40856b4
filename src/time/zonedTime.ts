/**
 * Wall-clock time in an IANA zone, computed with the runtime's ICU data (Intl), never
 * with the server's own zone. Every user-facing time in the assistant goes through here.
 */

export interface LocalDateTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// The recogniser asks about one zone per message (isValidZone), usually the one asked last.
let lastFormatterZone: string | undefined;
let lastFormatter: Intl.DateTimeFormat | undefined;

function formatterFor(zone: string): Intl.DateTimeFormat {
  if (zone === lastFormatterZone && lastFormatter !== undefined) return lastFormatter;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  lastFormatterZone = zone;
  lastFormatter = f;
  return f;
}

/** True when the runtime knows the IANA zone name. */
export function isValidZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

// Intl formatting dominates callers that resolve many times (the recogniser). Offsets
// only change at transitions, so the offset is remembered per zone and quarter hour
// when both ends of that quarter agree, and the wall time is derived arithmetically;
// a quarter hour containing a change is always read through Intl.
const QUARTER_HOUR = 15 * 60 * 1000;
const DAY_MS = 86400000;
const MAX_ENTRIES = 4096;
/**
 * What is remembered of one zone, by quarter-hour number (numbers are cheaper keys than
 * "zone|bucket"): the offset in that quarter hour, and fromLocal's quick answer for wall
 * times in it (see steadyOffsetMs).
 */
interface ZoneTables {
  offsets: Map<number, number | null>;
  steady: Map<number, number | null>;
}
const zoneTables = new Map<string, ZoneTables>();
let entryCount = 0;
// Callers ask about one zone many times in a row.
let lastZone: string | undefined;
let lastTables: ZoneTables | undefined;

function tablesOf(zone: string): ZoneTables {
  if (zone === lastZone && lastTables !== undefined) return lastTables;
  let tables = zoneTables.get(zone);
  if (tables === undefined) {
    tables = { offsets: new Map(), steady: new Map() };
    zoneTables.set(zone, tables);
  }
  lastZone = zone;
  lastTables = tables;
  return tables;
}

/** Stores one entry of a zone's tables; all tables start afresh when they hold MAX_ENTRIES. */
function remember(zone: string, table: keyof ZoneTables, bucket: number, value: number | null): void {
  if (entryCount >= MAX_ENTRIES) {
    zoneTables.clear();
    lastZone = undefined;
    entryCount = 0;
  }
  tablesOf(zone)[table].set(bucket, value);
  entryCount++;
}

function bucketOffsetMs(secondMs: number, zone: string): number | null {
  const bucket = Math.floor(secondMs / QUARTER_HOUR);
  let offset = tablesOf(zone).offsets.get(bucket);
  if (offset === undefined) {
    const first = bucket * QUARTER_HOUR;
    const last = first + QUARTER_HOUR - 1000;
    const a = localAsUtcMs(readLocal(new Date(first), zone)) - first;
    const b = localAsUtcMs(readLocal(new Date(last), zone)) - last;
    offset = a === b ? a : null;
    remember(zone, 'offsets', bucket, offset);
  }
  return offset;
}

/**
 * Below this (about the year 97,000) a time's quarter-hour number is exact in floating
 * point, so a day or a whole quarter-hour offset moves it by exactly that many quarters.
 */
const EXACT_QUARTERS = 3e15;

/**
 * The offset that alone turns the wall time `asUtc` (read as UTC) into its instant: the
 * same whole-minute offset a day before, a day after and at the answer itself; null when
 * there is no such offset. Remembered by the wall time's quarter hour when the offset is
 * whole quarter hours (every offset in use today) or unknown: a day and such an offset
 * move every time of a quarter hour into one same quarter hour, so the four quarter hours
 * read, and the answer, are the same for all of it. (Only the first is read for an
 * unknown offset.) Other offsets (old local mean times, 20 minutes) are read every time.
 */
function steadyOffsetMs(asUtc: number, zone: string): number | null {
  const bucket = Math.floor(asUtc / QUARTER_HOUR);
  const known = tablesOf(zone).steady.get(bucket);
  if (known !== undefined) return known;
  const offset = bucketOffsetMs(asUtc, zone);
  const steady =
    offset !== null &&
    offset % 60000 === 0 &&
    bucketOffsetMs(asUtc - DAY_MS, zone) === offset &&
    bucketOffsetMs(asUtc + DAY_MS, zone) === offset &&
    bucketOffsetMs(asUtc - offset, zone) === offset
      ? offset
      : null;
  if ((offset === null || offset % QUARTER_HOUR === 0) && Math.abs(asUtc) < EXACT_QUARTERS) remember(zone, 'steady', bucket, steady);
  return steady;
}

/**
 * Instants whose wall time Date.UTC reads back exactly (it takes years 0-99 as 19xx),
 * with a day to spare for any offset: there an offset is all a reading needs.
 */
const PLAIN_FROM = Date.UTC(200, 0, 1);
const PLAIN_TO = 8.64e15 - 2 * DAY_MS;

/** The wall-clock reading in `zone` at `instant`. */
export function toLocal(instant: Date, zone: string): LocalDateTime {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) return readLocal(instant, zone);
  const secondMs = Math.floor(ms / 1000) * 1000;
  const offset = bucketOffsetMs(secondMs, zone);
  if (offset === null) return readLocal(instant, zone);
  return utcFields(secondMs + offset);
}

/** The largest time value a Date holds; past it a Date is invalid and its fields NaN. */
const MAX_TIME = 8.64e15;

/**
 * `ms` read as UTC, as Date's getUTC* methods read it (NaN fields past a Date's range),
 * without building a Date: days to the proleptic Gregorian calendar by H. Hinnant's
 * civil_from_days (400-year eras of 146,097 days, years starting in March).
 */
export function utcFields(ms: number): LocalDateTime {
  if (!(ms >= -MAX_TIME && ms <= MAX_TIME)) {
    return { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, second: NaN };
  }
  const t = Math.trunc(ms);
  const days = Math.floor(t / DAY_MS);
  const inDay = t - days * DAY_MS;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1,
    hour: Math.floor(inDay / 3600000),
    minute: Math.floor((inDay % 3600000) / 60000),
    second: Math.floor((inDay % 60000) / 1000),
  };
}

function readLocal(instant: Date, zone: string): LocalDateTime {
  const parts = formatterFor(zone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

function localAsUtcMs(l: LocalDateTime): number {
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
}

/** Minutes east of UTC that `zone` observes at `instant` (e.g. -300 for New York in winter). */
export function offsetMinutes(instant: Date, zone: string): number {
  const wholeMs = Math.floor(instant.getTime() / 1000) * 1000;
  if (wholeMs >= PLAIN_FROM && wholeMs <= PLAIN_TO) {
    // The reading below is wholeMs + offset read back, so the offset itself is the answer.
    const offset = bucketOffsetMs(wholeMs, zone);
    if (offset !== null) return Math.round(offset / 60000);
  }
  const whole = new Date(wholeMs);
  return Math.round((localAsUtcMs(toLocal(whole, zone)) - whole.getTime()) / 60000);
}

/**
 * The instant at which clocks in `zone` read `local`. A time skipped by a DST jump
 * ("02:30" on a spring-forward night) moves forward by the gap, as calendar apps do;
 * a time that happens twice (autumn) resolves to the first.
 */
export function fromLocal(local: LocalDateTime, zone: string): Date {
  const asUtc = localAsUtcMs(local);
  // The usual case, without building readings: the same whole-minute offset a day either
  // side and at the answer itself, which then reads back as `local` (the check below).
  if (asUtc >= PLAIN_FROM + DAY_MS && asUtc <= PLAIN_TO) {
    const offset = steadyOffsetMs(asUtc, zone);
    if (offset !== null) return new Date(asUtc - offset);
  }
  // Try the offsets in force a day either side; one of them is right.
  const candidates = new Set<number>([
    offsetMinutes(new Date(asUtc - DAY_MS), zone),
    offsetMinutes(new Date(asUtc), zone),
    offsetMinutes(new Date(asUtc + DAY_MS), zone),
  ]);
  const matches: number[] = [];
  for (const off of candidates) {
    const t = asUtc - off * 60000;
    if (localAsUtcMs(toLocal(new Date(t), zone)) === asUtc) matches.push(t);
  }
  if (matches.length > 0) return new Date(Math.min(...matches));
  // In a gap: use the offset from before the jump, which lands after it.
  const before = offsetMinutes(new Date(asUtc - DAY_MS), zone);
  return new Date(asUtc - before * 60000);
}

function pad(n: number, width = 2): string {
  // A one-digit field (most of a time's fields) without a padded copy of its digits.
  if (width === 2 && n >= 0 && n < 10 && Number.isInteger(n)) return '0' + n;
  return String(n).padStart(width, '0');
}

/** "2026-11-19T15:00:00-05:00": the instant written with the zone's offset at that time. */
export function formatWithOffset(instant: Date, zone: string): string {
  const l = toLocal(instant, zone);
  const off = offsetMinutes(instant, zone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "2026-11-19T15:00:00.0000000": Graph's dateTimeTimeZone.dateTime form, wall time in `zone`. */
export function formatGraphDateTime(instant: Date, zone: string): string {
  const l = toLocal(instant, zone);
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}.0000000`;
}

/** Parses Graph's dateTimeTimeZone.dateTime ("2026-11-19T15:00:00.0000000", offset-less) as wall time. */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(text.trim());
  if (!m) return undefined;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
}

/** The wall-clock time of `time` on the local date of `day` ("to Thursday": the same time, Thursday). */
export function onDateOf(time: Date, day: Date, zone: string): Date {
  const d = toLocal(day, zone);
  return fromLocal({ ...toLocal(time, zone), year: d.year, month: d.month, day: d.day }, zone);
}

/** Midnight at the start of the local day that contains `instant`. */
export function startOfLocalDay(instant: Date, zone: string): Date {
  const l = toLocal(instant, zone);
  return fromLocal({ year: l.year, month: l.month, day: l.day, hour: 0, minute: 0, second: 0 }, zone);
}

/** Adds calendar days in the zone's wall time (a DST day is 23 or 25 hours long). */
export function addLocalDays(instant: Date, days: number, zone: string): Date {
  const l = toLocal(instant, zone);
  // The shifted day's fields by arithmetic (as a Date would read them back), then the wall time.
  const shifted = utcFields(Date.UTC(l.year, l.month - 1, l.day + days));
  shifted.hour = l.hour;
  shifted.minute = l.minute;
  shifted.second = l.second;
  return fromLocal(shifted, zone);
}

/** 0 = Sunday ... 6 = Saturday, in the zone's wall time. */
export function localWeekday(instant: Date, zone: string): number {
  return weekdayOf(toLocal(instant, zone));
}

/** Day names as Microsoft Graph spells them (`dayOfWeek`), by weekday number: Sunday is 0. */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];
/** The working week when a mailbox says none. */
export const MONDAY_TO_FRIDAY: readonly WeekdayName[] = WEEKDAY_NAMES.slice(1, 6);

/** A local date as Graph and ISO 8601 write a date alone: "2026-11-20". */
export function localDateText(l: { year: number; month: number; day: number }): string {
  return `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`;
}

/** 0 = Sunday ... 6 = Saturday, of a wall-clock date. */
export function weekdayOf(l: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(l.year, l.month - 1, l.day)).getUTCDay();
}

/** The name of the weekday of a wall-clock date ("monday"). */
export function weekdayNameOf(l: { year: number; month: number; day: number }): WeekdayName {
  return WEEKDAY_NAMES[weekdayOf(l)];
}
