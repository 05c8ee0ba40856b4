import type * as Graph from '@microsoft/microsoft-graph-types';
import { formatGraphDateTime, toLocal, WEEKDAY_NAMES, weekdayNameOf, MONDAY_TO_FRIDAY } from '../time/zonedTime';
import { MESSAGE_GATES, RegexGate } from './regexGate';

/**
 * Repetition as Graph's patternedRecurrence: "every Tuesday", "weekdays at 9",
 * "every other week", "first Monday of each month", "daily until March",
 * "every 2 weeks on Friday", "monthly on the 15th", "every year".
 * The range starts on the event's first day; an end date comes from "until ...".
 */
export interface RecurrenceMatch {
  pattern: Graph.RecurrencePattern;
  start: number;
  end: number;
  /** Offset in the text where an "until ..." end date expression begins, if any. */
  untilAt?: number;
  occurrences?: number;
  source: string;
}

const DAY_RE = String.raw`(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?s?`;
const INDEX: Record<string, Graph.WeekIndex> = { first: 'first', '1st': 'first', second: 'second', '2nd': 'second', third: 'third', '3rd': 'third', fourth: 'fourth', '4th': 'fourth', last: 'last' };

const DAY_WORDS = new RegExp(String.raw`\b${DAY_RE}\b`, 'gi');
const RELATIVE_MONTHLY = new RegExp(
  String.raw`\b(?:(?:on|every)\s+)?(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+${DAY_RE}\s+(?:of\s+)?(?:each|every|the)\s+month\b|\bevery\s+(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+${DAY_RE}\b` +
    // "monthly on the last thursday", "every 3 months on the first monday": the month said first.
    String.raw`|\b(?:(?:every|each)\s+(other\s+|\d+\s+)?months?|monthly)(?:\s+on)?\s+(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+${DAY_RE}\b`,
);
const EVERY_DAY_NAME = new RegExp(String.raw`\b(?:every|each)\s+(other\s+|second\s+|\d+(?:nd|rd|th|st)?\s+)?${DAY_RE}(?:\s*(?:,|and|&)?\s*${DAY_RE})*\b`);
const EVERY_N_WEEKS_ON = new RegExp(String.raw`\b(?:every|each)\s+(other\s+|\d+\s+)?weeks?\s+on\s+${DAY_RE}(?:\s*(?:,|and|&)\s*${DAY_RE})*\b`);
/** "twice a week tues and thurs", "3 times a week mon, wed and fri", "tues and thurs every week": weekly on the days listed. */
const DAYS_A_WEEK = new RegExp(
  String.raw`\b(?:(?:twice|two\s+times|three\s+times|\d\s*(?:x|times))\s+(?:a|per|each|every)\s+week\s*,?\s*(?:on\s+)?${DAY_RE}(?:\s*(?:,|and|&)?\s*${DAY_RE})+|${DAY_RE}(?:\s*(?:,|and|&)\s*${DAY_RE})+\s+(?:(?:every|each)\s+week|weekly))\b`,
);
const PLURAL_DAYS = /\b(?:on\s+)?(sun|mon|tues|wednes|thurs|fri|satur)days(?:\s*(?:,|and|&)\s*(?:sun|mon|tues|wednes|thurs|fri|satur)days)*\b/;
/** "wednesday afternoons", "on monday mornings": every such day (the part of the day is the time, read apart). */
const DAY_PARTS = /\b(?:on\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day(?=\s+(?:mornings|afternoons|evenings|nights)\b)/;

function dayOf(word: string): Graph.DayOfWeek | undefined {
  const w = word.toLowerCase().slice(0, 3);
  return WEEKDAY_NAMES.find((d) => d.startsWith(w));
}

function daysIn(text: string): Graph.DayOfWeek[] {
  const out: Graph.DayOfWeek[] = [];
  const re = DAY_WORDS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const d = dayOf(m[1]);
    if (d && !out.includes(d)) out.push(d);
  }
  return out;
}

function intervalWord(w: string | undefined): number {
  if (w === undefined) return 1;
  if (/other|second|2nd/.test(w)) return 2;
  const n = Number(/\d+/.exec(w)?.[0]);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** Words without which nothing repeats (read in the lower-cased text): most messages stop here. */
const GATE = /every|each|daily|weekly|monthly|yearly|annually|weekday|weekend|days\b|day (?:mornings|afternoons|evenings|nights)|fortnight|biweekly|bi-weekly|friday to|monday to|monday through|twice|times (?:a|per) week|\dx (?:a|per) week/;
/** The same words looked for in the message's shared scan, so most messages are neither lower-cased nor tested. */
const GATE_WORDS = new RegexGate([GATE], true, MESSAGE_GATES);

const EVERY_OTHER_WEEK = /\b(?:bi-?weekly|fortnightly|every (?:other|second|two|2) weeks?)\b/;

/** "daily except fridays", "every weekday but not mondays": days taken out of the pattern. */
const EXCEPT = new RegExp(String.raw`\b(?:except|but\s+not|apart\s+from|other\s+than)\s+(?:on\s+)?${DAY_RE}(?:\s*(?:,|and|or|&)\s*${DAY_RE})*\b`);

export function findRecurrence(text: string): RecurrenceMatch | undefined {
  if (GATE_WORDS.mayMatch(text)[0] === 0) return undefined;
  const lower = text.toLowerCase();
  if (!GATE.test(lower)) return undefined;
  const except = EXCEPT.exec(lower);
  if (except === null) return repetition(lower);
  // The days excepted are read out of the pattern, not as its days: the text without them is read,
  // and the match then leaves them out and reaches over them.
  const exceptEnd = except.index + except[0].length;
  const r = repetition(lower.slice(0, except.index) + ' '.repeat(except[0].length) + lower.slice(exceptEnd));
  if (r === undefined) return undefined;
  const out = daysIn(except[0]);
  const p = r.pattern;
  const every = p.type === 'daily' && p.interval === 1 ? [...WEEKDAY_NAMES] : p.type === 'weekly' ? (p.daysOfWeek ?? []) : undefined;
  if (every === undefined || every.length === 0) return r;
  return {
    ...r,
    pattern: { type: 'weekly', interval: p.type === 'weekly' ? (p.interval ?? 1) : 1, daysOfWeek: every.filter((d) => !out.includes(d)), firstDayOfWeek: 'sunday' },
    end: Math.max(r.end, exceptEnd),
    source: `${r.source}+except`,
  };
}

/** Where a series' end is said ("until march", "through june"); searched from the end of the repetition's words. */
const UNTIL = /\b(until|till|through|thru|ending|ends?)\s+/g;

/** The repetition said in the lower-cased text `t`. */
function repetition(t: string): RecurrenceMatch | undefined {
  let m: RegExpExecArray | null;
  const count = /\b(?:for\s+)?(\d+)\s+(times|occurrences|weeks|months)\b/.exec(t);
  const withEnd = (r: RecurrenceMatch): RecurrenceMatch => {
    // After the repetition's own words: the "through" of "monday through friday" ends nothing.
    UNTIL.lastIndex = r.end;
    const until = UNTIL.exec(t);
    if (until) r.untilAt = until.index + until[0].length;
    if (count && count.index >= r.end - 1 && /times|occurrences/.test(count[2])) r.occurrences = Number(count[1]);
    return r;
  };
  // "first monday of each month", "the last friday of every month"
  m = RELATIVE_MONTHLY.exec(t);
  if (m) {
    const which = m[1] ?? m[3] ?? m[6];
    const day = m[2] ?? m[4] ?? m[7];
    return withEnd({ pattern: { type: 'relativeMonthly', interval: intervalWord(m[5]), daysOfWeek: [dayOf(day) ?? 'monday'], index: INDEX[which] }, start: m.index, end: m.index + m[0].length, source: 'recurrence.relativeMonthly' });
  }
  // "monthly on the 15th", "every month on the 3rd", "on the 1st (day) of every month"
  m = /\b(?:(?:every|each)\s+(other\s+|\d+\s+)?months?|monthly)(?:\s+on)?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b|\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+day)?\s+of\s+(?:each|every|the)\s+month\b/.exec(t);
  if (m) {
    const day = Number(m[2] ?? m[3]);
    return withEnd({ pattern: { type: 'absoluteMonthly', interval: intervalWord(m[1]), dayOfMonth: day }, start: m.index, end: m.index + m[0].length, source: 'recurrence.absoluteMonthly' });
  }
  // "weekdays", "every weekday", "monday to friday"
  m = /\b(?:every\s+(?:week\s*day|weekday)|(?:on\s+)?weekdays|every\s+working\s+day|(?:every\s+day\s+)?monday\s+(?:to|through|thru|-)\s+friday)\b/.exec(t);
  if (m) {
    // A bare "monday to friday" may also be one stretch of days ("i'm out monday to friday"); the resolver decides.
    const source = m[0].startsWith('monday') ? 'recurrence.mondayToFriday' : 'recurrence.weekdays';
    return withEnd({ pattern: { type: 'weekly', interval: 1, daysOfWeek: [...MONDAY_TO_FRIDAY], firstDayOfWeek: 'sunday' }, start: m.index, end: m.index + m[0].length, source });
  }
  m = /\b(?:every\s+weekend|(?:on\s+)?weekends)\b/.exec(t);
  if (m) {
    return withEnd({ pattern: { type: 'weekly', interval: 1, daysOfWeek: ['saturday', 'sunday'], firstDayOfWeek: 'sunday' }, start: m.index, end: m.index + m[0].length, source: 'recurrence.weekends' });
  }
  // "every tuesday", "every other thursday", "every 2 weeks on friday", "tuesdays and thursdays", "on mondays", "wednesday afternoons"
  m = EVERY_DAY_NAME.exec(t) ?? EVERY_N_WEEKS_ON.exec(t) ?? DAYS_A_WEEK.exec(t) ?? PLURAL_DAYS.exec(t) ?? DAY_PARTS.exec(t);
  if (m) {
    // Days said as plurals or listed with how often a week: no interval word of their own.
    const isPlural = !/^(?:every|each)\b/.test(m[0]);
    // "biweekly 1:1 on fridays": every other week, said apart from the days.
    const interval = isPlural ? (EVERY_OTHER_WEEK.test(t) ? 2 : 1) : intervalWord(m[1]);
    return withEnd({
      pattern: { type: 'weekly', interval, daysOfWeek: daysIn(m[0]), firstDayOfWeek: 'sunday' },
      start: m.index,
      end: m.index + m[0].length,
      source: 'recurrence.weekly',
    });
  }
  // "every other week", "weekly", "biweekly", "every 3 weeks"
  m = /\b(?:(?:every|each)\s+(other\s+|\d+\s+)?weeks?|weekly|bi-?weekly|fortnightly)\b/.exec(t);
  if (m) {
    const interval = /bi-?weekly|fortnightly/.test(m[0]) ? 2 : intervalWord(m[1]);
    return withEnd({ pattern: { type: 'weekly', interval, daysOfWeek: [], firstDayOfWeek: 'sunday' }, start: m.index, end: m.index + m[0].length, source: 'recurrence.weeklyUnspecified' });
  }
  m = /\b(?:(?:every|each)\s+(other\s+|\d+\s+)?days?|daily|every\s*day|everyday|(?:every|each)\s+(?:morning|afternoon|evening))\b/.exec(t);
  if (m) return withEnd({ pattern: { type: 'daily', interval: intervalWord(m[1]) }, start: m.index, end: m.index + m[0].length, source: 'recurrence.daily' });
  m = /\b(?:(?:every|each)\s+(other\s+|\d+\s+)?months?|monthly)\b/.exec(t);
  if (m) return withEnd({ pattern: { type: 'absoluteMonthly', interval: intervalWord(m[1]), dayOfMonth: 0 }, start: m.index, end: m.index + m[0].length, source: 'recurrence.monthly' });
  m = /\b(?:(?:every|each)\s+(other\s+|\d+\s+)?years?|yearly|annually)\b/.exec(t);
  if (m) return withEnd({ pattern: { type: 'absoluteYearly', interval: intervalWord(m[1]), dayOfMonth: 0, month: 0 }, start: m.index, end: m.index + m[0].length, source: 'recurrence.yearly' });
  return undefined;
}

/** Fills what depends on the first occurrence (weekday, day of month) and the range. */
export function completeRecurrence(r: RecurrenceMatch, first: Date, zone: string, until: Date | undefined): Graph.PatternedRecurrence {
  const l = toLocal(first, zone);
  const p: Graph.RecurrencePattern = { ...r.pattern };
  if (p.type === 'weekly' && (p.daysOfWeek ?? []).length === 0) {
    p.daysOfWeek = [weekdayNameOf(l)];
  }
  if ((p.type === 'absoluteMonthly' || p.type === 'absoluteYearly') && !p.dayOfMonth) p.dayOfMonth = l.day;
  if (p.type === 'absoluteYearly' && !p.month) p.month = l.month;
  const startDate = formatGraphDateTime(first, zone).slice(0, 10);
  const range: Graph.RecurrenceRange = until
    ? { type: 'endDate', startDate, endDate: formatGraphDateTime(until, zone).slice(0, 10), recurrenceTimeZone: zone }
    : r.occurrences
      ? { type: 'numbered', startDate, numberOfOccurrences: r.occurrences, recurrenceTimeZone: zone }
      : { type: 'noEnd', startDate, recurrenceTimeZone: zone };
  return { pattern: p, range };
}
