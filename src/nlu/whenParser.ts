import * as chrono from 'chrono-node';
import { addLocalDays, fromLocal, LocalDateTime, localWeekday, offsetMinutes, onDateOf, startOfLocalDay, toLocal, utcFields, WEEKDAY_NAMES, WeekdayName, weekdayOf, MONDAY_TO_FRIDAY } from '../time/zonedTime';
import { findExplicitZone } from './explicitZone';
import { GatedChrono } from './gatedChrono';
import { dayRange, hoursOn, partHours, startOfMonth, startOfWeek, startOfYear } from './localCalendar';
import { NormalizedText } from './normalizedText';
import { SUITS_LEAD, SUITS_WORDS } from './peopleParser';
import { MESSAGE_GATES, RegexGate } from './regexGate';
import { RecognizerContext } from './types';

/**
 * The main time of a message, resolved in the user's zone. chrono-node finds and reads
 * the expressions; we rebuild every instant from its wall-clock components with the
 * zone's offset for that date (chrono applies the reference offset to every date,
 * which is wrong across a DST change), and add the ranges chrono does not know
 * ("next week", "my afternoon", "end of day", "the 3rd of next month").
 */
export interface WhenMatch {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  from: Date;
  to?: Date;
  /** A clock time was said (not just a day). */
  hasTime: boolean;
  /** A day was said (not just a clock time). */
  hasDate: boolean;
  source: string;
  zone?: string;
}

/** Every call reads dates ahead of now ("Friday" is the coming one). */
const OPTIONS: chrono.ParsingOption = { forwardDate: true };
const casual = new GatedChrono(chrono.casual, OPTIONS);
/** Day-first numeric dates ("3/4" is 3 April) for the English locales that write them so. */
const dayFirst = new GatedChrono(chrono.en.GB, OPTIONS);

function parserFor(locale: string | undefined): GatedChrono {
  return locale !== undefined && /^en-(?!US\b)[A-Z]{2}\b/i.test(locale) ? dayFirst : casual;
}

export const DURATION_ONLY = /^(for\s+)?(about\s+)?(\d+(\.\d+)?|an?|half an?|half(?=\s*-?\s*(?:hour|hr|day)))\s*(-\s*)?(min|mins|minutes?|hours?|hrs?|h|(?<=\d\s?)[msdwy]|days?|weeks?)\b/;
const RELATIVE = /\b(in|within|after)\s+(\d+|an?|half an?)\s*(min|mins|minutes?|hours?|hrs?|(?<=\d)[hm]|days?|weeks?)\b|\bfrom now\b|\bago\b/;
const PART_WORD = /\b(morning|afternoon|evening|tonight|night|lunchtime|lunch)\b/;
const MORNING = /\bmorning\b/;

/** DURATION_ONLY's first character: the "f" of "for", the "a" of "about" or "an", the "h" of "half", or a digit. */
export function mayStartDuration(c: number): boolean {
  return c === 0x66 || c === 0x61 || c === 0x68 || (c >= 0x30 && c <= 0x39);
}

/** The user's working days by name (Monday to Friday when not known). */
export function workingDays(ctx: RecognizerContext): readonly string[] {
  return ctx.workingHours?.daysOfWeek.map((d) => d.toLowerCase()) ?? MONDAY_TO_FRIDAY;
}

/** Whether a working day (the user's, Monday to Friday when not known) is left in this week, today's included; weeks end on Sunday. */
function workingDayLeft(ctx: RecognizerContext): boolean {
  const l = toLocal(ctx.now, ctx.timeZone);
  const working = workingDays(ctx);
  for (let d = weekdayOf(l); ; d = (d + 1) % 7) {
    if (working.includes(WEEKDAY_NAMES[d])) return true;
    if (d === 0) return false;
  }
}

/** A "17:30" of the user's working hours as [17, 30]; `fallback` when not known. */
function workingClock(said: string | undefined, fallback: [number, number]): [number, number] {
  const m = /^(\d{1,2}):(\d{2})/.exec(said ?? '');
  return m && Number(m[1]) < 24 && Number(m[2]) < 60 ? [Number(m[1]), Number(m[2])] : fallback;
}

/** The end of the user's working day (17:00 when not known) on the local day containing `day`. */
function endOfWorkingDay(day: Date, ctx: RecognizerContext): Date {
  const [h, m] = workingClock(ctx.workingHours?.endTime, [17, 0]);
  return fromLocal({ ...toLocal(day, ctx.timeZone), hour: h, minute: m, second: 0 }, ctx.timeZone);
}

/** The start of the user's working day (9:00 when not known) on the local day containing `day`. */
function startOfWorkingDay(day: Date, ctx: RecognizerContext): Date {
  const [h, m] = workingClock(ctx.workingHours?.startTime, [9, 0]);
  return fromLocal({ ...toLocal(day, ctx.timeZone), hour: h, minute: m, second: 0 }, ctx.timeZone);
}

interface CustomRule {
  name: string;
  re: RegExp;
  global: RegExp;
  /** `hasDate` defaults to the opposite of `hasTime`: most rules read a day or a clock time, not both. */
  resolve: (m: RegExpExecArray, ctx: RecognizerContext) => { from: Date; to?: Date; hasTime: boolean; hasDate?: boolean } | undefined;
}

/** Rules for expressions chrono misses or reads as a point; their order is their priority. */
const CUSTOM_RULES: CustomRule[] = ([
  {
    name: 'when.endOfPeriod',
    // "until the end of the year", "by the end of the month": its last day.
    re: /\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(month|year)\b/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const next = m[1] === 'month' ? startOfMonth(ctx.now, z, 1) : startOfYear(ctx.now, z, 1);
      return { from: addLocalDays(next, -1, z), to: next, hasTime: false };
    },
  },
  {
    name: 'when.endOfWeek',
    // Before the week ranges: "the end of next week" is next Friday's end, not next week.
    re: /\b(?:(?:by|at|before|until|till)\s+)?(?:the\s+)?end of (?:the |this |(next) )?week\b/,
    resolve: (m, ctx) => {
      const fri = addLocalDays(startOfWeek(ctx.now, ctx.timeZone), m[1] === 'next' ? 11 : 4, ctx.timeZone);
      // A time on a day said ("move the standup to the end of next week": to that Friday, not to 5pm on its own day).
      return { from: endOfWorkingDay(fri, ctx), hasTime: true, hasDate: true };
    },
  },
  {
    name: 'when.partOfWeek',
    // "early next week" (Monday and Tuesday), "midweek", "mid next week" (Wednesday and Thursday),
    // "late this week" (Thursday and Friday): of this week while that part is still ahead.
    re: /\b(?:(early|late|mid|(?:the\s+)?middle\s+of)[\s-]*(this|next|the)?\s*week|mid-?week)\b/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const part = m[1] === undefined || !/^(early|late)$/.test(m[1]) ? 'mid' : m[1];
      const [first, last] = part === 'early' ? [0, 2] : part === 'mid' ? [2, 4] : [3, 5];
      const today = startOfLocalDay(ctx.now, z);
      let mon = addLocalDays(startOfWeek(ctx.now, z), m[2] === 'next' ? 7 : 0, z);
      if (m[2] !== 'next' && addLocalDays(mon, last, z).getTime() <= today.getTime()) mon = addLocalDays(mon, 7, z);
      const from = addLocalDays(mon, first, z);
      return { from: from.getTime() < today.getTime() ? today : from, to: addLocalDays(mon, last, z), hasTime: false };
    },
  },
  {
    name: 'when.weekdayWeek',
    // "friday week", "on tuesday week": British for a week after the coming such day (chrono reads the weekday alone).
    re: /\b(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+week\b(?!\s*(?:of|after|before|from\s+(?:now|today|tomorrow|then))\b|\s*\d+\s+(?!(?:am|pm|a\.m|p\.m|o'?clock)\b)[a-z])/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const wanted = WEEKDAY_NAMES.indexOf(m[1] as WeekdayName);
      let d = startOfLocalDay(ctx.now, z);
      while (localWeekday(d, z) !== wanted) d = addLocalDays(d, 1, z);
      const r = dayRange(addLocalDays(d, 7, z), z);
      return { from: r.start, to: r.end, hasTime: false };
    },
  },
  {
    name: 'when.weekdayOfMonth',
    // "the last friday of the month", "the 1st monday of next month", "the 2nd saturday of december":
    // chrono reads the weekday alone (the coming one, or the past one after "last"). "The month" is
    // the next month whose such day is still ahead ("this month" is this one); a month by name, the coming one.
    re: /\b(?:the\s+)?(1st|2nd|3rd|4th|5th|last|final)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:of|in)\s+(?:(the|this|next)\s+month|(january|february|march|april|may|june|july|august|september|october|november|december))\b/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const today = startOfLocalDay(ctx.now, z);
      const wanted = WEEKDAY_NAMES.indexOf(m[2] as WeekdayName);
      const nth = m[1] === 'last' || m[1] === 'final' ? -1 : Number(m[1][0]);
      const dayIn = (first: Date): Date | undefined => {
        const next = startOfMonth(first, z, 1);
        if (nth < 0) {
          let d = addLocalDays(next, -1, z);
          while (localWeekday(d, z) !== wanted) d = addLocalDays(d, -1, z);
          return d;
        }
        let d = first;
        while (localWeekday(d, z) !== wanted) d = addLocalDays(d, 1, z);
        d = addLocalDays(d, 7 * (nth - 1), z);
        return d.getTime() < next.getTime() ? d : undefined;
      };
      let day: Date | undefined;
      if (m[3] !== undefined) {
        day = dayIn(startOfMonth(ctx.now, z, m[3] === 'next' ? 1 : 0));
        if (m[3] === 'the' && day !== undefined && day.getTime() < today.getTime()) day = dayIn(startOfMonth(ctx.now, z, 1));
      } else {
        const month = MONTHS_IN_ORDER.indexOf(m[4]) + 1;
        const now = toLocal(ctx.now, z);
        for (let add = 0; add < 2 && day === undefined; add++) {
          const d = dayIn(fromLocal({ year: now.year + add, month, day: 1, hour: 0, minute: 0, second: 0 }, z));
          if (d !== undefined && d.getTime() >= today.getTime()) day = d;
        }
      }
      if (day === undefined) return undefined;
      const r = dayRange(day, z);
      return { from: r.start, to: r.end, hasTime: false };
    },
  },
  {
    name: 'when.dayOfNextMonth',
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|next)\s+month\b/,
    resolve: (m, ctx) => {
      const first = startOfMonth(ctx.now, ctx.timeZone, m[2] === 'next' ? 1 : 0);
      const day = Number(m[1]);
      const l = toLocal(first, ctx.timeZone);
      const d = fromLocal({ ...l, day }, ctx.timeZone);
      if (toLocal(d, ctx.timeZone).month !== l.month) return undefined;
      const r = dayRange(d, ctx.timeZone);
      return { from: r.start, to: r.end, hasTime: false };
    },
  },
  {
    name: 'when.thisTimeNext',
    // "this time next week", "this time tomorrow": now's clock time (to the quarter hour) that day.
    re: /\b(?:at\s+)?this\s+time\s+(tomorrow|next\s+week|next\s+month)\b/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const l = toLocal(ctx.now, z);
      const quarters = Math.min(Math.round((l.hour * 60 + l.minute) / 15), 24 * 4 - 1);
      const clock = { hour: Math.floor(quarters / 4), minute: (quarters % 4) * 15, second: 0 };
      if (m[1] !== 'next month') return { from: addLocalDays(fromLocal({ ...l, ...clock }, z), m[1] === 'tomorrow' ? 1 : 7, z), hasTime: true, hasDate: true };
      // The same day of next month, or its last when it has no such day (31 January: 28 February).
      const year = l.month === 12 ? l.year + 1 : l.year;
      const month = l.month === 12 ? 1 : l.month + 1;
      const day = Math.min(l.day, new Date(Date.UTC(year, month, 0)).getUTCDate());
      return { from: fromLocal({ year, month, day, ...clock }, z), hasTime: true, hasDate: true };
    },
  },
  {
    name: 'when.weekRange',
    // "the weekend" ("over the weekend"), "my weekend" are the coming one, as "this weekend" is.
    re: /\b(?:(this(?: coming)?|next|coming|the coming|upcoming|the upcoming|following|last|past|the past|the last|previous|the(?=\s+weekend\b))\s+|(?<=\bmy\s+)(?=weekend\b))(week|wk|weekend|month|year)\b/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const rel = (m[1] ?? 'the').replace(/^the /, '');
      // "next wk": chat shorthand for the week.
      const unit = m[2] === 'wk' ? 'week' : m[2];
      const today = startOfLocalDay(ctx.now, z);
      const back = rel === 'last' || rel === 'past' || rel === 'previous';
      if (unit === 'week') {
        if (back) return { from: addLocalDays(today, -7, z), to: ctx.now, hasTime: false };
        const mon = startOfWeek(ctx.now, z);
        // Said on a weekend with no working day left in it, "this week" is the week ahead too.
        if (rel === 'this') return { from: today, to: addLocalDays(mon, workingDayLeft(ctx) ? 7 : 14, z), hasTime: false };
        return { from: addLocalDays(mon, 7, z), to: addLocalDays(mon, 14, z), hasTime: false };
      }
      if (unit === 'weekend') {
        const mon = startOfWeek(ctx.now, z);
        const offset = back ? -2 : rel === 'next' || rel === 'following' ? 12 : 5;
        const sat = addLocalDays(mon, offset, z);
        const from = sat.getTime() < today.getTime() && !back ? today : sat;
        return { from, to: addLocalDays(sat, 2, z), hasTime: false };
      }
      // "the past month", "the past year": the stretch up to now; "last month" is the calendar month before this one.
      if (rel === 'past' && (unit === 'month' || unit === 'year')) return { from: addMonthsLocal(today, unit === 'month' ? -1 : -12, z), to: ctx.now, hasTime: false };
      if (unit === 'month') {
        if (back) return { from: startOfMonth(ctx.now, z, -1), to: startOfMonth(ctx.now, z, 0), hasTime: false };
        if (rel === 'this') return { from: today, to: startOfMonth(ctx.now, z, 1), hasTime: false };
        return { from: startOfMonth(ctx.now, z, 1), to: startOfMonth(ctx.now, z, 2), hasTime: false };
      }
      const years = back ? -1 : rel === 'this' ? 0 : 1;
      return { from: rel === 'this' ? today : startOfYear(ctx.now, z, years), to: startOfYear(ctx.now, z, years + 1), hasTime: false };
    },
  },
  {
    name: 'when.weekAfterNext',
    re: /\b(?:the\s+)?week after next\b/,
    resolve: (_m, ctx) => {
      const mon = startOfWeek(ctx.now, ctx.timeZone);
      return { from: addLocalDays(mon, 14, ctx.timeZone), to: addLocalDays(mon, 21, ctx.timeZone), hasTime: false };
    },
  },
  {
    name: 'when.lastDays',
    re: /\b(?:the\s+)?(?:last|past)\s+(\d+)\s+(minutes?|hours?|days?|weeks?|months?)\b/,
    resolve: (m, ctx) => {
      const n = Number(m[1]);
      const unit = m[2].replace(/s$/, '');
      // "the past three months": from that day three months back (chrono reads the one month three back).
      if (unit === 'month') return { from: addMonthsLocal(startOfLocalDay(ctx.now, ctx.timeZone), -n, ctx.timeZone), to: ctx.now, hasTime: false };
      if (unit === 'day' || unit === 'week') {
        const days = unit === 'day' ? n : 7 * n;
        return { from: addLocalDays(startOfLocalDay(ctx.now, ctx.timeZone), -days, ctx.timeZone), to: ctx.now, hasTime: false };
      }
      const ms = n * (unit === 'hour' ? 3600000 : 60000);
      return { from: new Date(ctx.now.getTime() - ms), to: ctx.now, hasTime: true };
    },
  },
  {
    name: 'when.nextDays',
    // "the next 3 days", "over the coming 2 weeks": from now to the end of the last of those days
    // (chrono reads "next 2 weeks" as the one day two weeks ahead).
    re: /\b(?:the\s+)?(?:next|coming|following)\s+(\d+)\s+(days?|weeks?|months?)\b/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const n = Number(m[1]);
      const today = startOfLocalDay(ctx.now, z);
      const last = m[2].startsWith('month') ? addMonthsLocal(today, n, z) : addLocalDays(today, m[2].startsWith('week') ? 7 * n : n, z);
      return { from: ctx.now, to: addLocalDays(last, 1, z), hasTime: false };
    },
  },
  {
    name: 'when.endOfDay',
    // "by end of day", "EOD friday", "COB on thursday", "tomorrow eod": the end of that working day (today's when none is said).
    re: /\b(?:(today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s)?\s+)?(?:(?:by|at|before|until|till)\s+)?(?:the\s+)?(?:end of (?:the )?(?:day|business|work ?day)|close of business|eod|cob)\b(?:\s+(?:on\s+)?(today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)?/,
    resolve: (m, ctx) => {
      const day = m[1] ?? m[2];
      return { from: endOfWorkingDay(day === undefined ? ctx.now : namedDay(day, ctx), ctx), hasTime: true, hasDate: day !== undefined };
    },
  },
  {
    name: 'when.firstThing',
    // "first thing tomorrow", "first thing monday morning", "friday first thing": the start of
    // that day's working hours; "first thing in the morning" alone is the next working day's.
    re: /\b(?:first thing\s+(?:in the morning\s+)?(?:on\s+)?(today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+morning)?|(today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+morning)?,?\s+first thing(?:\s+in the morning)?|first thing in the morning)\b/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const day = m[1] ?? m[2];
      if (day === undefined) {
        // The next working day's start still to come: said on a Friday afternoon, Monday's.
        const working = workingDays(ctx);
        for (let ahead = 0; ahead < 8; ahead++) {
          const d = addLocalDays(ctx.now, ahead, z);
          const start = startOfWorkingDay(d, ctx);
          if (start.getTime() > ctx.now.getTime() && (working.length === 0 || working.includes(WEEKDAY_NAMES[weekdayOf(toLocal(d, z))]))) return { from: start, hasTime: true, hasDate: true };
        }
        return undefined;
      }
      return { from: startOfWorkingDay(namedDay(day, ctx), ctx), hasTime: true, hasDate: true };
    },
  },
  {
    name: 'when.fromToday',
    // "two weeks from today", "a week from monday" (the coming Monday, as "monday" alone is),
    // with the clock time said after it ("3 days from now at 10"), which would otherwise be
    // lost to the day: chrono reads "today at 10" as one time inside this one.
    re: /\b(a|one|\d+)\s+(day|week|month)s?\s+from\s+(today|now|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:\s+at\s+(\d{1,2})(?::([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\w:]))?/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const n = /^\d+$/.test(m[1]) ? Number(m[1]) : 1;
      const base = m[3] === 'now' ? ctx.now : namedDay(m[3], ctx);
      const day = m[2] === 'month' ? addMonthsLocal(base, n, z) : addLocalDays(base, m[2] === 'week' ? 7 * n : n, z);
      const hour = m[4] === undefined ? undefined : Number(m[4]);
      if (hour !== undefined && hour >= 1 && hour <= 23) {
        const at = fromLocal({ ...toLocal(day, z), hour: hour > 12 ? hour : clockHour(hour, m[6] ?? ''), minute: Number(m[5] ?? 0), second: 0 }, z);
        return { from: at, hasTime: true, hasDate: true };
      }
      const r = dayRange(day, z);
      return { from: r.start, to: r.end, hasTime: false };
    },
  },
  {
    name: 'when.restOf',
    // "the rest of the week", "the rest of the year", "the rest of today" and "later today": what is left of the period.
    re: /\b(?:(?:the\s+)?rest of (?:(?:the |this |my )?(day|week|month|year)|today)|later (?:on )?today)\b/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const unit = m[1] ?? 'day';
      const to =
        unit === 'day'
          ? addLocalDays(startOfLocalDay(ctx.now, z), 1, z)
          : unit === 'week'
            ? addLocalDays(startOfWeek(ctx.now, z), 7, z)
            : unit === 'month'
              ? startOfMonth(ctx.now, z, 1)
              : startOfYear(ctx.now, z, 1);
      return { from: ctx.now, to, hasTime: false };
    },
  },
  {
    name: 'when.dayOfMonth',
    // "on the 15th", and in chat "push it to 21st", "on 3rd": chrono needs a month; the coming such day is meant.
    re: /(?:\b(?:on\s+)?the\s+|\bon\s+|(?<=^\s*|\b(?:to|until|till|by)\s+))(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|day|time|floor|row|week|month|anniversary|birthday|century|place|item|one|minute|hour|street|st|avenue|ave|grade|year|quarter|draft|version|attempt|round|try|edition))/,
    resolve: (m, ctx) => {
      const z = ctx.timeZone;
      const day = Number(m[1]);
      const today = toLocal(ctx.now, z);
      for (let add = 0; add < 3; add++) {
        const first = startOfMonth(ctx.now, z, add);
        const l = toLocal(first, z);
        if (add === 0 && day < today.day) continue;
        const d = fromLocal({ ...l, day }, z);
        if (toLocal(d, z).month !== l.month) continue;
        const r = dayRange(d, z);
        return { from: r.start, to: r.end, hasTime: false };
      }
      return undefined;
    },
  },
  {
    name: 'when.eventForHour',
    // "set meeting for 12", "lunch for 1 on friday": an hour after an event word, which chrono
    // leaves alone (with am/pm it does not). The event word is looked behind, so the span is the time's.
    re: /(?<=\b(?:meeting|appointment|call|reminder|lunch|dinner|it)\s+)for\s+(\d{1,2})(?::(\d{2}))?\b(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|people|persons|guests|st|nd|rd|th|[ap]\.?m\b|[.,/]\d))/,
    resolve: (m, ctx) => nextBareHour(m[1], m[2], ctx),
  },
  {
    name: 'when.boundHour',
    // "anything after 4 today", "free before 9?": chrono reads a one-digit hour only after "at"
    // or with am/pm. Only before a day ("after 2 the day after tomorrow") or at a clause's end, so "after 2 weeks" is not an hour;
    // not after "by", which is as often arithmetic ("divided by 3") as a deadline.
    re: /\b(?:before|after|until|till)\s+(\d)\b(?![:.]\d)(?=\s*(?:$|[?.!,;]|(?:today|tonight|tomorrow|on|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+day\s+after|the\s+\d{1,2}(?:st|nd|rd|th))\b))/,
    resolve: (m, ctx) => nextBareHour(m[1], undefined, ctx),
  },
  {
    name: 'when.suitsHour',
    // "does 3 work for adele on friday", "is 10:30 ok for megan": a bare hour asked about, which chrono reads only with am/pm.
    re: new RegExp(String.raw`(?<=${SUITS_LEAD})(\d{1,2})(?::([0-5]\d))?(?=\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today)\s+)?${SUITS_WORDS}\s+(?!(?:me|you|us)\b))`),
    resolve: (m, ctx) => nextBareHour(m[1], m[2], ctx),
  },
  {
    name: 'when.holiday',
    // Days known by name, the coming one (today's counts): "out on christmas eve", "party on new year's eve".
    // Only after a preposition of time: "for christmas" or "the valentine's day event" name an occasion.
    // "The day before thanksgiving", "the day after christmas": that day's neighbour.
    re: /(?:\b(?:the\s+)?day\s+(before|after)\s+|(?<=\b(?:on|before|after|until|till|through|by|over)\s+))\b(christmas eve|christmas day|christmas|xmas|new year'?s eve|new year'?s day|new year'?s|halloween|valentine'?s day|thanksgiving(?: day)?)\b(?!\s+(?:party|parties|lunch|dinner|drinks|event|celebration|break|card|cards|gift|gifts|shopping|market|concert|shift)\b)/,
    resolve: (m, ctx) => {
      const name = m[2].replace(/'/g, '').replace(/ day$/, '');
      const z = ctx.timeZone;
      const today = toLocal(ctx.now, z);
      const on = (year: number): [number, number] => (name === 'thanksgiving' ? [11, thanksgivingDay(year)] : HOLIDAYS[name]);
      const [month, day] = on(today.year);
      const year = month < today.month || (month === today.month && day < today.day) ? today.year + 1 : today.year;
      const [m2, d2] = on(year);
      const at = fromLocal({ year, month: m2, day: d2, hour: 12, minute: 0, second: 0 }, z);
      const r = dayRange(m[1] === undefined ? at : addLocalDays(at, m[1] === 'before' ? -1 : 1, z), z);
      return { from: r.start, to: r.end, hasTime: false };
    },
  },
  {
    name: 'when.possessiveDay',
    re: /\b(todays|tomorrows)\b/,
    resolve: (m, ctx) => {
      const d = m[1] === 'todays' ? ctx.now : addLocalDays(ctx.now, 1, ctx.timeZone);
      const r = dayRange(d, ctx.timeZone);
      return { from: r.start, to: r.end, hasTime: false };
    },
  },
  {
    name: 'when.partOfDay',
    // "at lunch", "over lunch", "during lunch": lunchtime ("lunch with Megan" is a meal, no time); "afternoons" as "afternoon".
    re: /\b(?:(?:my|the|this|in the|during the)\s+)?(?:(early|late|mid)[\s-]*)?(morning|afternoon|evening|tonight|lunchtime|after lunch|before lunch|(?<=\b(?:at|over|during)\s)lunch(?!\s+(?:with|meeting|break|order|plans?)\b))s?\b/,
    resolve: (m, ctx) => {
      const [a, b] = partHours(m[2], m[1]);
      let day = ctx.now;
      // A part of day already over today means the next one.
      const r0 = hoursOn(day, a, b, ctx.timeZone);
      if (r0.end !== undefined && r0.end.getTime() <= ctx.now.getTime() && !/\b(my|this)\b/.test(m[0])) {
        day = addLocalDays(day, 1, ctx.timeZone);
      }
      const r = hoursOn(day, a, b, ctx.timeZone);
      return { from: r.start, to: r.end, hasTime: true };
    },
  },
] as Array<Omit<CustomRule, 'global'>>).map((r) => ({ ...r, global: new RegExp(r.re.source, 'g') }));

const MONTHS_IN_ORDER = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month and day of the days known by name (when.holiday), by their name without apostrophes or a last " day". */
const HOLIDAYS: Readonly<Record<string, [number, number]>> = {
  'christmas eve': [12, 24],
  christmas: [12, 25],
  xmas: [12, 25],
  'new years eve': [12, 31],
  'new years': [1, 1],
  halloween: [10, 31],
  valentines: [2, 14],
};

/** The day of November that is its fourth Thursday (US Thanksgiving) in `year`. */
function thanksgivingDay(year: number): number {
  const firstWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return 1 + ((4 - firstWeekday + 7) % 7) + 21;
}

/** Words without which no custom rule runs at all. */
const CUSTOM_WORDS = /first thing|christmas|xmas|day (?:of|in) |halloween|valentine|thanksgiving|from (?:today|now|tomorrow|\w+day)|rest of|later (?:on )?today|after next|week|wk|month|year|end of|eod|cob|close of|morning|afternoon|evening|tonight|lunchtime|after lunch|before lunch|at lunch|over lunch|during lunch|this time|todays|tomorrows|\d(?:st|nd|rd|th)\b|(?:last|past|next|coming|following) \d|(?:before|after|until|till)\s+\d|(?:does|would|will|is)\s+\d|(?:meeting|appointment|call|reminder|lunch|dinner|it)\s+for\s+\d/;
/** The words each custom rule needs, and CUSTOM_WORDS' own: most messages have none of them. */
const CUSTOM_GATE = new RegexGate([CUSTOM_WORDS, ...CUSTOM_RULES.map((r) => r.re)], true, MESSAGE_GATES);

/**
 * A clock time said as a bare hour ("for 12", "after 4"): one to seven is the afternoon, as
 * people mean in office hours; the next such time from now (a day with it moves it there).
 */
function nextBareHour(hour: string, minute: string | undefined, ctx: RecognizerContext): { from: Date; hasTime: boolean } | undefined {
  const min = Number(minute ?? 0);
  if (Number(hour) < 1 || Number(hour) > 12 || min > 59) return undefined;
  const h = clockHour(Number(hour), '');
  const z = ctx.timeZone;
  let t = fromLocal({ ...toLocal(ctx.now, z), hour: h, minute: min, second: 0 }, z);
  if (t.getTime() <= ctx.now.getTime()) t = addLocalDays(t, 1, z);
  return { from: t, hasTime: true };
}

/** The hour of a clock time said in a working day: "3" is 3pm, "9" is 9am; with a meridiem ("12am", "4 p.m.") as said. */
export function clockHour(h: number, meridiem: string): number {
  if (meridiem.startsWith('p')) return h < 12 ? h + 12 : h;
  if (meridiem.startsWith('a')) return h === 12 ? 0 : h;
  return h >= 1 && h <= 7 ? h + 12 : h;
}

/** chrono's wall-clock reading; `hour` replaces the hour read (a fresh object either way). */
function localOf(c: chrono.ParsedComponents, hour?: number): LocalDateTime {
  return {
    year: c.get('year') ?? 1970,
    month: c.get('month') ?? 1,
    day: c.get('day') ?? 1,
    hour: hour ?? c.get('hour') ?? 0,
    minute: c.get('minute') ?? 0,
    second: 0,
  };
}

/** An unqualified "at 3" in a working context is 3pm, not 3am; said with "morning" ("tomorrow morning at 7") it is as said. */
function workingHour(c: chrono.ParsedComponents, morning: boolean): number | undefined {
  const h = c.get('hour');
  if (h === null || morning || c.isCertain('meridiem')) return undefined;
  if (h >= 1 && h <= 7) return h + 12;
  return undefined;
}

function instantOf(c: chrono.ParsedComponents, zone: string, now?: Date, morning = false): Date {
  const l = localOf(c);
  // "4:30 PST": chrono read the offset the time was said with; without one, the user's zone.
  const off = c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? 0) : undefined;
  const at = (w: LocalDateTime): Date => (off === undefined ? fromLocal(w, zone) : new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - off * 60000));
  const wh = workingHour(c, morning);
  if (wh !== undefined) l.hour = wh;
  // chrono moved "at 3" (read as 3am) to tomorrow, or "Thursday at 1" to next week, when that
  // morning hour had passed; the afternoon hour may still be ahead today. And today's weekday
  // with a clock time still ahead ("friday at 12" on a Friday morning) is today, as the weekday
  // alone is, not a week on.
  if (now && !c.isCertain('day') && (wh !== undefined || c.isCertain('weekday'))) {
    const today = off === undefined ? toLocal(now, zone) : utcFields(now.getTime() + off * 60000);
    const sameWeekday = !c.isCertain('weekday') || c.get('weekday') === weekdayOf(today);
    if (sameWeekday) {
      const t = at({ ...l, year: today.year, month: today.month, day: today.day });
      if (t.getTime() > now.getTime()) return t;
    }
  }
  return at(l);
}

/** Whole-result readings that are not times (tested on the trimmed, lower-cased result). */
const BARE_NUMBER = /^\d{1,4}$/;
/** "June's birthday": a month name said as a possessive is a name. */
const MONTH_NAME = /^(january|february|march|april|may|june|july|august)$/;
/** "for the first", "the first number", "last minute": a noun phrase. */
const NOUN_PHRASE = /^(the first|the 1st|last minute)$/;
/** "give me a second", "just a minute": figures of speech. */
const FIGURE_OF_SPEECH = /^(a|one|just a)\s+(second|sec|minute|moment)$/;
const LAST_WEEKDAY = /\b(last|past|previous)\s+(sun|mon|tue|wed|thu|fri|sat)/;
const TO_WEEKDAY = /\b(to|till|until)\s+\w+day\b/;
const NEXT_WEEKDAY = /\bnext\s+(?:mon|tue|wed|thu|fri|sat|sun)/;
/**
 * The readings above looked for in one pass over a result's lower-cased text (a gate of its
 * own: these short texts are not the message): most results are plainly times, and then
 * none of the patterns below need be tried.
 */
const RESULT_GATE = new RegexGate([BARE_NUMBER, MONTH_NAME, NOUN_PHRASE, FIGURE_OF_SPEECH, RELATIVE, LAST_WEEKDAY, PART_WORD, TO_WEEKDAY]);
const MAY_BARE_NUMBER = 0;
const MAY_MONTH_NAME = 1;
const MAY_NOUN_PHRASE = 2;
const MAY_FIGURE = 3;
const MAY_RELATIVE = 4;
const MAY_LAST_WEEKDAY = 5;
const MAY_PART_WORD = 6;
const MAY_TO_WEEKDAY = 7;

/**
 * A chrono result read in the user's zone. `lower` is the whole normalized text
 * lower-cased (where a zone named after a clock time is looked for).
 */
function fromChrono(r: chrono.ParsedResult, n: NormalizedText, ctx: RecognizerContext, lower: string): WhenMatch | undefined {
  const lowerText = r.text.toLowerCase();
  const resultEnd = r.index + r.text.length;
  if (mayStartDuration(lowerText.charCodeAt(0)) && DURATION_ONLY.test(lowerText) && !RELATIVE.test(n.text.slice(Math.max(0, r.index - 7), resultEnd).toLowerCase())) {
    return undefined;
  }
  // The whole-result readings are tested on the trimmed text, which the gate's literals in
  // the untrimmed one stand for (trimming only takes blanks off its ends).
  const may = RESULT_GATE.mayMatch(lowerText);
  const trimmed = lowerText.trim();
  // Bare numbers ("call 3", "5") are not times unless they carry a clock form.
  if (may[MAY_BARE_NUMBER] === 1 && BARE_NUMBER.test(trimmed)) return undefined;
  // "June's birthday", "for the week", "the first number": a name or a noun phrase, not a time.
  if (
    (may[MAY_MONTH_NAME] === 1 && MONTH_NAME.test(trimmed) && n.text.slice(resultEnd, resultEnd + 3).toLowerCase().startsWith("'s")) ||
    (may[MAY_NOUN_PHRASE] === 1 && NOUN_PHRASE.test(trimmed))
  ) {
    return undefined;
  }
  // "give me a second", "just a minute": figures of speech, not times.
  if (may[MAY_FIGURE] === 1 && FIGURE_OF_SPEECH.test(trimmed)) return undefined;
  // "from now on": for good, not this moment.
  if (trimmed.endsWith('now') && /^\s+on\b/i.test(n.text.slice(resultEnd, resultEnd + 4)) && /\bfrom\s+now$/i.test(n.text.slice(Math.max(0, resultEnd - 9), resultEnd))) return undefined;
  const s = r.start;
  // "20 BE" (chrono reads a Buddhist-era year, -523), "in 3000": no year a calendar is kept for.
  if (s.isCertain('year') && !plausibleYear(s.get('year') ?? 0)) return undefined;
  const hasTime = s.isCertain('hour');
  const hasDate = s.isCertain('day') || s.isCertain('weekday') || s.isCertain('month');
  let zone = ctx.timeZone;
  let endIdx = resultEnd;
  const named = hasTime ? findExplicitZone(lower, endIdx, 16) : undefined;
  if (named && /^\s*$/.test(n.text.slice(endIdx, named.start))) {
    zone = named.zone;
    endIdx = named.end;
  }
  // "late afternoon thursday": chrono reads the part of the day, not the word narrowing it.
  const part = !hasTime && may[MAY_PART_WORD] === 1 ? PART_WORD.exec(lowerText) : null;
  const narrowed = part !== null && part.index === 0 ? NARROWING.exec(lower.slice(Math.max(0, r.index - 6), r.index)) : null;
  const start = narrowed === null ? r.index : r.index - narrowed[0].length;
  const otherZone = zone === ctx.timeZone ? undefined : zone;
  // Every match below has the same fields in the same order: one object shape.
  const match = (from: Date, to: Date | undefined, timed: boolean, source: string): WhenMatch => ({
    start,
    end: endIdx,
    hasTime: timed,
    hasDate,
    source,
    zone: otherZone,
    from,
    to,
  });
  if (may[MAY_RELATIVE] === 1) {
    const relative = RELATIVE.exec(lowerText);
    if (relative !== null) {
      // "in 2 weeks", "in three days": that day, not now's clock time on it ("in 2 hours" is a time).
      if (relative[3] !== undefined && /^(?:days?|weeks?)$/.test(relative[3]) && !s.isCertain('hour')) {
        const day = dayRange(r.date(), zone);
        return match(day.start, day.end, false, 'when.chrono+wholeDay');
      }
      // "in 2 weeks at 1": that day at the clock time said, read as any clock time is (1 is 1pm) in
      // the zone's offset on that day; chrono's instant keeps today's offset and "at 1" as 1am.
      if (relative[3] !== undefined && /^(?:days?|weeks?)$/.test(relative[3])) return match(instantOf(s, zone, ctx.now), undefined, true, 'when.chrono');
      return match(r.date(), undefined, true, 'when.chrono');
    }
  }
  // forwardDate pushes "last Tuesday" ahead; it is the one before today.
  const lastWeekday = may[MAY_LAST_WEEKDAY] === 1 && LAST_WEEKDAY.test(lowerText);
  if (!hasTime) {
    let day = fromLocal(localOf(s, 12), zone);
    // "since Monday", "since yesterday", "since nov 1": from that day (the last such, not the coming one) up to now.
    const since = (s.isCertain('weekday') || s.isCertain('day')) && SINCE.test(n.text.slice(Math.max(0, r.index - 7), r.index).toLowerCase());
    const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day');
    if ((lastWeekday || (since && weekdayOnly)) && day.getTime() > ctx.now.getTime()) day = addLocalDays(day, -7, zone);
    // A date read ahead (chrono dates "nov 1" forward) is last year's when it is the start of a "since".
    if (since && !weekdayOnly && !s.isCertain('year') && day.getTime() > ctx.now.getTime()) day = fromLocal({ ...toLocal(day, zone), year: toLocal(day, zone).year - 1 }, zone);
    if (since && day.getTime() <= ctx.now.getTime()) return match(dayRange(day, zone).start, ctx.now, false, 'when.chrono+since');
    if (part) {
      const [a, b] = partHours(part[1], narrowed?.[1]);
      // "the morning of dec 2", "afternoon on friday": chrono knows the phrase but not its day.
      const said = hasDate ? undefined : dayAfterPart(lowerText.slice(part.index + part[0].length), ctx);
      const rr = hoursOn(said ?? day, a, b, zone);
      if (said === undefined) return match(rr.start, rr.end, true, 'when.chrono+partOfDay');
      return { ...match(rr.start, rr.end, true, 'when.chrono+partOfDay'), hasDate: true };
    }
    if (s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday')) {
      const l = localOf(s, 0);
      l.day = 1;
      const from = fromLocal(l, zone);
      return match(from, startOfMonth(from, zone, 1), false, 'when.chrono+month');
    }
    const rr = dayRange(day, zone);
    const endDay = r.end && (r.end.isCertain('day') || r.end.isCertain('weekday')) ? dayRange(fromLocal(localOf(r.end, 12), zone), zone).end : rr.end;
    return match(rr.start, endDay, false, 'when.chrono+wholeDay');
  }
  // "tomorrow morning at 7", "monday morning at 6:30": a morning's hour.
  const morning = may[MAY_PART_WORD] === 1 && MORNING.test(lowerText);
  // "next wednesday at noon" said on a Wednesday is a week on, as chrono reads it.
  const weekOn = NEXT_WEEKDAY.test(lowerText);
  let from = instantOf(s, zone, weekOn ? undefined : ctx.now, morning);
  if (lastWeekday && from.getTime() > ctx.now.getTime()) from = addLocalDays(from, -7, zone);
  if (zone !== ctx.timeZone && !hasDate) {
    // chrono dated "9am" by the user's clock; in the named zone it may still be ahead today.
    const today = toLocal(ctx.now, zone);
    const l = toLocal(from, zone);
    let t = fromLocal({ ...l, year: today.year, month: today.month, day: today.day }, zone);
    if (t.getTime() <= ctx.now.getTime()) t = addLocalDays(t, 1, zone);
    from = t;
  }
  let to: Date | undefined;
  if (r.end) {
    to = instantOf(r.end, zone, weekOn ? undefined : ctx.now, morning);
    if (!r.end.isCertain('meridiem') && (r.end.isCertain('day') || r.end.isCertain('weekday')) && !(may[MAY_TO_WEEKDAY] === 1 && TO_WEEKDAY.test(lowerText))) {
      // chrono rolled "from 9 to 5", "friday 12-1" into the next morning; 5 after 9 in a working day is 17:00.
      const sameDay = onDateOf(to, from, zone);
      if (sameDay.getTime() > from.getTime() && sameDay.getTime() < to.getTime()) to = sameDay;
    }
    if (!r.end.isCertain('day') && !r.end.isCertain('weekday')) {
      // "tomorrow from 9 to 5": the end is on the start's day unless it says otherwise.
      to = onDateOf(to, from, zone);
    }
    if (to.getTime() <= from.getTime()) to = addLocalDays(to, 1, zone);
  }
  return match(from, to, hasTime, 'when.chrono');
}

/** What makes the weekday after it the start of a stretch up to now. */
const SINCE = /\bsince\s+$/;

/** "of dec 2", "on friday" after a part of the day: that day (noon), read by chrono on its own. */
/** Years a calendar entry or question can be in. */
function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2200;
}

/** A day after a part of the day: "the morning of dec 2", "afternoon on friday", "afternoon thursday", "morning tomorrow". */
const PART_THEN_DAY = /^\s+(?:(?:of|on)\s+\S|(?:today|tomorrow|(?:this\s+|next\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b)/;
/** The word narrowing a part of the day, just before it ("late afternoon", "mid-morning"). */
const NARROWING = /\b(early|late|mid)[\s-]*$/;

function dayAfterPart(rest: string, ctx: RecognizerContext): Date | undefined {
  if (!PART_THEN_DAY.test(rest)) return undefined;
  const gated = parserFor(ctx.locale);
  const run = gated.runnerFor(rest);
  if (run === undefined) return undefined;
  const found = run.parse(rest, { instant: ctx.now, timezone: offsetMinutes(ctx.now, ctx.timeZone) }, gated.option)[0];
  const s = found?.start;
  if (s === undefined || !(s.isCertain('day') || s.isCertain('weekday'))) return undefined;
  return fromLocal(localOf(s, 12), ctx.timeZone);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The same day of the month `n` months on, clamped to the month's last day. */
function addMonthsLocal(day: Date, n: number, zone: string): Date {
  const l = toLocal(day, zone);
  const first = new Date(Date.UTC(l.year, l.month - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromLocal({ ...l, year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: Math.min(l.day, last) }, zone);
}

/** "today", "tomorrow" or a weekday (the coming one, today's included), at this time of day. */
function namedDay(word: string, ctx: RecognizerContext): Date {
  return word === 'today' ? ctx.now : word === 'tomorrow' ? addLocalDays(ctx.now, 1, ctx.timeZone) : comingWeekday(word, ctx);
}

/** The coming such weekday at this time of day, today's included (as chrono-node reads "monday" said on a Monday). */
function comingWeekday(name: string, ctx: RecognizerContext): Date {
  const today = weekdayOf(toLocal(ctx.now, ctx.timeZone));
  return addLocalDays(ctx.now, (WEEKDAY_NAMES.indexOf(name as WeekdayName) - today + 7) % 7, ctx.timeZone);
}

// Built once: a pattern written in a function is a new object on every call.
const NUMBER_CHAR = /[\d.:-]/;
const NUMBER_CHARS = /[\d.:-]/g;
const PLACE_NUMBER = /\b(room|rm|building|floor|suite|level|bldg|gate|desk|no\.?|number|#)\s*[\d.:-]+[a-z]?\b/gi;
/** The place words, looked for in the message's shared scan. */
const PLACE_NUMBER_GATE = new RegexGate([PLACE_NUMBER], false, MESSAGE_GATES);
const hideNumber = (place: string): string => place.replace(NUMBER_CHARS, 'x');

/** Room and building numbers ("room 4.12") read as clock times; they are hidden, length kept. */
function maskPlaces(text: string): string {
  // Nothing to hide without a place word and a digit or a number's punctuation (the common case).
  if (PLACE_NUMBER_GATE.mayMatch(text)[0] === 0 || !NUMBER_CHAR.test(text)) return text;
  return text.replace(PLACE_NUMBER, hideNumber);
}

/** The custom rules' matches in the lower-cased text, each rule in turn (`may`: the gate's answers). */
function findCustom(lower: string, may: Uint8Array, ctx: RecognizerContext, custom: WhenMatch[]): void {
  for (let i = 0; i < CUSTOM_RULES.length; i++) {
    if (may[i + 1] === 0) continue;
    const rule = CUSTOM_RULES[i];
    const re = rule.global;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower)) !== null) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (custom.some((c) => overlaps(c, span))) continue;
      const r = rule.resolve(m, ctx);
      if (r) custom.push({ start: span.start, end: span.end, from: r.from, to: r.to, hasTime: r.hasTime, hasDate: r.hasDate ?? !r.hasTime, source: rule.name });
    }
  }
}

/** Every time expression in the text, in order of position. */
export function findWhens(n: NormalizedText, ctx: RecognizerContext): WhenMatch[] {
  const custom: WhenMatch[] = [];
  // The rules read the lower-cased text; the gate reads the text itself, without case.
  // Most messages let no rule through the gate, and then neither the lower-cased copy nor
  // the CUSTOM_WORDS test is needed (many pass CUSTOM_WORDS' own gate: "th" is in "the").
  const may = CUSTOM_GATE.mayMatch(n.text);
  let lower = '';
  if (may[0] === 1 && may.indexOf(1, 1) !== -1) {
    lower = n.text.toLowerCase();
    if (CUSTOM_WORDS.test(lower)) findCustom(lower, may, ctx, custom);
  }
  const text = maskPlaces(n.text);
  const gated = parserFor(ctx.locale);
  let results: chrono.ParsedResult[] = [];
  // The reference (the zone's offset now) is worked out only for a text chrono reads.
  const run = gated.runnerFor(text);
  if (run !== undefined) {
    const ref = { instant: ctx.now, timezone: offsetMinutes(ctx.now, ctx.timeZone) };
    try {
      results = run.parse(text, ref, gated.option);
    } catch {
      results = [];
    }
  }
  const out: WhenMatch[] = [];
  const lowerAll = results.length === 0 || lower !== '' ? lower : n.text.toLowerCase();
  for (const r of results) {
    const w = fromChrono(r, n, ctx, lowerAll);
    if (!w) continue;
    const clash = custom.find((c) => overlaps(c, w));
    // chrono's reading wins when it covers more ("tomorrow afternoon" over "afternoon"), and a
    // part of the day with its day ("morning of dec 2") over the same part alone ("the morning").
    const dayOfPart = clash !== undefined && clash.source === 'when.partOfDay' && w.hasDate && w.source === 'when.chrono+partOfDay' && w.end > clash.end;
    // "the last friday of the month at 4": chrono reads the weekday with the clock time, the rule the
    // day; the rule's day at chrono's clock time.
    if (clash && !clash.hasTime && w.hasTime && w.end > clash.end && CLOCK_AFTER.test(n.text.slice(clash.end, w.end))) {
      custom[custom.indexOf(clash)] = atClockOf(clash, w, Math.min(w.start, clash.start), w.end, ctx.timeZone);
      continue;
    }
    // "lunch 12-1 friday week": the same with the clock time first.
    if (clash && !clash.hasTime && w.hasTime && w.start < clash.start && w.end <= clash.end && CLOCK_BEFORE.test(n.text.slice(w.start, clash.start))) {
      custom[custom.indexOf(clash)] = atClockOf(clash, w, w.start, clash.end, ctx.timeZone);
      continue;
    }
    const leadOnly = w.end === clash?.end && LEAD_ONLY.test(n.text.slice(w.start, clash.start));
    if (clash && !dayOfPart && !(w.start <= clash.start && w.end >= clash.end && w.end - w.start > clash.end - clash.start && !leadOnly)) continue;
    out.push(dayOfPart ? { ...w, start: Math.min(w.start, clash.start) } : w);
  }
  for (const c of custom) if (!out.some((o) => overlaps(o, c))) out.push(c);
  return weekdayOfWeek(weekOf(out, n.text, ctx), n.text, ctx).sort((a, b) => a.start - b.start);
}

/** A preposition alone before a rule's reading ("on this weekend"): chrono's longer reading adds nothing to it. */
const LEAD_ONLY = /^(?:on|in|at|for|over|during)\s+$/i;

/** "in 2 weeks", "in a week": chrono's whole day that far ahead, which a weekday beside it turns into a week. */
const IN_WEEKS = /^in\s+(?:a|one|\d+)\s+weeks?$/;
/** "in 2 weeks at 1": the same with a clock time, which chrono reads with it. */
const IN_WEEKS_AT = /^in\s+(?:a|one|\d+)\s+weeks?\s+at\s/;
/** A weekday alone, with "on" and a clock time perhaps ("on tuesday at 3"), but no week or date of its own. */
const WEEKDAY_ALONE = /^(?:on\s+)?(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b(?!.*\b(?:next|last|this|week|of)\b)(?!\s*\d+(?:st|nd|rd|th)?\b(?!\s*(?::|am|pm|a\.m|p\.m)))/;
/** What may stand between a week and its weekday: "next week on tuesday", "tuesday the week after next". */
const WEEK_DAY_GAP = /^[\s,]*(?:on\s*)?$/;

/**
 * "next week on tuesday at 3", "on tuesday the week after next", "in 2 weeks on tuesday",
 * "tuesday in two weeks", "last week on monday": the weekday of the week said, with the clock
 * time said with it. Alone, each reading loses the other: the week its day, the weekday
 * (the coming one) its week.
 */
function weekdayOfWeek(whens: WhenMatch[], text: string, ctx: RecognizerContext): WhenMatch[] {
  if (whens.length < 2) return whens;
  const z = ctx.timeZone;
  for (const week of whens) {
    const said = text.slice(week.start, week.end).toLowerCase();
    const isWeek =
      (week.source === 'when.weekRange' && /\bw(?:ee)?k$/.test(said)) ||
      week.source === 'when.weekAfterNext' ||
      (week.source === 'when.chrono+wholeDay' && IN_WEEKS.test(said)) ||
      (week.source === 'when.chrono' && week.hasTime && IN_WEEKS_AT.test(said));
    if (!isWeek) continue;
    const day = whens.find((d) => {
      if (d === week || (d.source !== 'when.chrono' && d.source !== 'when.chrono+wholeDay') || !WEEKDAY_ALONE.test(text.slice(d.start, d.end).toLowerCase())) return false;
      const [a, b] = d.start < week.start ? [d, week] : [week, d];
      return WEEK_DAY_GAP.test(text.slice(a.end, b.start));
    });
    if (day === undefined) continue;
    const whole = dayRange(addLocalDays(startOfWeek(week.from, z), (localWeekday(day.from, day.zone ?? z) + 6) % 7, z), z);
    const start = Math.min(day.start, week.start);
    const end = Math.max(day.end, week.end);
    // The clock time is the weekday's ("next week on tuesday at 3") or the week's ("tuesday in two weeks at 1").
    const clock = day.hasTime ? day : week.hasTime ? week : undefined;
    const combined: WhenMatch = clock
      ? atClockOf({ ...week, from: whole.start }, clock, start, end, z, 'when.weekdayOfWeek')
      : { ...day, start, end, from: whole.start, to: whole.end, hasDate: true, source: 'when.weekdayOfWeek' };
    return [combined, ...whens.filter((o) => o !== week && o !== day)];
  }
  return whens;
}

/** A clock time said after a day ("at 4", " at 2:30pm", "at noon"), which chrono read with part of the day before it. */
const CLOCK_AFTER = /^\s*(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|midnight)$/i;

/** A clock time or an hour range said before a day ("12-1 ", "at 3pm on "), which chrono read with part of the day after it. */
const CLOCK_BEFORE = /^(?:at\s+|from\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?(?:\s*(?:-|–|to|until|till)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?\s+(?:on\s+)?$/i;

/** The day of `day` at the clock time of `clock` (in the clock's zone), over the span start..end. */
function atClockOf(day: WhenMatch, clock: WhenMatch, start: number, end: number, timeZone: string, source = `${day.source}+time`): WhenMatch {
  const z = clock.zone ?? timeZone;
  const on = toLocal(day.from, timeZone);
  const move = (d: Date): Date => fromLocal({ ...toLocal(d, z), year: on.year, month: on.month, day: on.day }, z);
  return { ...clock, start, end, from: move(clock.from), to: clock.to ? move(clock.to) : undefined, hasDate: true, source };
}

/** What makes a day said after it stand for its week; the day's own text follows. */
const WEEK_OF = /\b(?:the\s+)?week\s+of\s+(?:the\s+)?$/;
/** "week of ": the shortest text WEEK_OF reads. */
const WEEK_OF_LENGTH = 8;

/** A day said alone, as chrono or the day-of-month rule reads it. */
const DAY_SOURCES: ReadonlySet<string> = new Set(['when.chrono+wholeDay', 'when.dayOfMonth']);

/**
 * "the week of december 7", "the week of the 14th": the week (Monday on) that holds the day
 * said, in place of the day; chrono's own reading of "the week" (a week from now) goes.
 */
function weekOf(whens: WhenMatch[], text: string, ctx: RecognizerContext): WhenMatch[] {
  for (const w of whens) {
    if (w.start < WEEK_OF_LENGTH || !DAY_SOURCES.has(w.source) || w.to === undefined || w.to.getTime() - w.from.getTime() > 25 * 3600000) continue;
    const said = WEEK_OF.exec(text.slice(Math.max(0, w.start - 16), w.start).toLowerCase());
    if (said === null) continue;
    const monday = startOfWeek(w.from, ctx.timeZone);
    const week: WhenMatch = { ...w, start: w.start - said[0].length, from: monday, to: addLocalDays(monday, 7, ctx.timeZone), source: 'when.weekOf' };
    return [week, ...whens.filter((o) => o !== w && !overlaps(o, week))];
  }
  return whens;
}

/** Readings of a clock time alone, which a day said elsewhere in the message completes. */
const BARE_TIMES: ReadonlySet<string> = new Set(['when.chrono', 'when.endOfDay', 'when.boundHour', 'when.eventForHour', 'when.partOfDay', 'when.suitsHour']);

/** Readings of one day (besides chrono's), which a clock time said elsewhere in the message completes. */
const COMBINED_DAYS: ReadonlySet<string> = new Set(['when.dayOfMonth', 'when.possessiveDay', 'when.holiday', 'when.weekdayOfMonth', 'when.weekdayOfWeek', 'when.weekdayWeek']);

/** The one time the message is about: a day from one expression and a clock time from another combine. */
export function mainWhen(whens: WhenMatch[], ctx: RecognizerContext): WhenMatch | undefined {
  if (whens.length === 0) return undefined;
  if (whens.length === 1) return whens[0];
  const timed = whens.find((w) => w.hasTime && !w.hasDate && BARE_TIMES.has(w.source));
  const dated = whens.find((w) => w.hasDate && !w.hasTime);
  if (timed && dated && (dated.source.startsWith('when.chrono') || COMBINED_DAYS.has(dated.source))) {
    return atClockOf(dated, timed, Math.min(timed.start, dated.start), Math.max(timed.end, dated.end), ctx.timeZone, 'when.chrono+combined');
  }
  // "Friday the 27th": the day of the month is the more precise of two days.
  const dayOfMonth = whens.find((w) => w.source === 'when.dayOfMonth');
  if (dayOfMonth && whens.every((w) => !w.hasTime)) return dayOfMonth;
  return whens[0];
}

