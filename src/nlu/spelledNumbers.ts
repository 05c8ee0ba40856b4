import { applyReplacements, NormalizedText, Replacement } from './normalizedText';
import { MESSAGE_GATES, RegexGate } from './regexGate';
import { typoReplacements } from './wordTypos';

/**
 * Spelled-out numbers, ordinals and clock phrases as digits, because the date parser
 * only reads digits: "ten am" -> "10 am", "twenty third march" -> "23rd march",
 * "half past four" -> "4:30", "four hundred pm" -> "4:00 pm". Also the day names it does
 * not know in short: "next tues" -> "next tuesday", and misspelt days and months
 * ("thrusday" -> "thursday": wordTypos.ts).
 */

/** A word table without inherited names, so `w in TABLE` is true for its own words only ("constructor" is no number). */
function table(words: Record<string, number>): Readonly<Record<string, number>> {
  return Object.assign(Object.create(null) as Record<string, number>, words);
}

const UNITS = table({
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const ORDINAL_UNITS = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
});
const ORDINAL_TENS = table({ twentieth: 20, thirtieth: 30 });
/** Short day names people type that chrono-node 2.10 lacks (it knows "tue", "wed", "thurs"). */
const SHORT_DAYS: ReadonlyMap<string, string> = new Map([
  ['tues', 'tuesday'],
  ['weds', 'wednesday'],
]);
/** A word's values in the tables above (undefined where it is not in one). */
interface NumberWord {
  unit?: number;
  ten?: number;
  ordinalUnit?: number;
  ordinalTen?: number;
}

/**
 * Every word of the tables above with its values, so that a token is looked up once, when
 * it is read, rather than in each table by each reading of it. Most words of a message
 * are in none of them.
 */
const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = (() => {
  const words = new Map<string, NumberWord>();
  const put = (table: Readonly<Record<string, number>>, field: keyof NumberWord): void => {
    for (const w of Object.keys(table)) {
      let entry = words.get(w);
      if (entry === undefined) words.set(w, (entry = {}));
      entry[field] = table[w];
    }
  };
  put(UNITS, 'unit');
  put(TENS, 'ten');
  put(ORDINAL_UNITS, 'ordinalUnit');
  put(ORDINAL_TENS, 'ordinalTen');
  return words;
})();
const MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;
const MERIDIEM = /^(am|pm|a\.m\.?|p\.m\.?|o'clock|oclock|hours|hrs)$/;
/** Words that may follow a day of the month ("the first at 3", "the third or fourth"). */
const AFTER_A_DAY = /^(at|on|in|for|to|from|until|till|by|and|or|of|through|thru|is|was|works?|next|this|day|morning|afternoon|evening|night)$/;

interface Token {
  word: string;
  start: number;
  end: number;
  /** The word's values as a number word, undefined for any other word. */
  number: NumberWord | undefined;
}

function tokenize(lower: string): Token[] {
  const out: Token[] = [];
  const re = /[a-z]+(?:'[a-z]+)?|\d+(?::\d+)?|[a-z]\.[a-z]\.?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) out.push({ word: m[0], start: m.index, end: m.index + m[0].length, number: NUMBER_WORDS.get(m[0]) });
  return out;
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** A cardinal of one or two words starting at token i: [value, tokens used]. */
function cardinalAt(t: Token[], i: number): [number, number] | undefined {
  const n = t[i]?.number;
  if (n === undefined) return undefined;
  if (n.ten !== undefined) {
    const next = t[i + 1]?.number?.unit;
    if (next !== undefined && next > 0 && next < 10 && adjacent(t, i)) return [n.ten + next, 2];
    return [n.ten, 1];
  }
  if (n.unit !== undefined && t[i].word !== 'oh') return [n.unit, 1];
  return undefined;
}

function ordinalAt(t: Token[], i: number): [number, number] | undefined {
  const n = t[i]?.number;
  if (n === undefined) return undefined;
  if (n.ordinalTen !== undefined) return [n.ordinalTen, 1];
  if (n.ordinalUnit !== undefined) return [n.ordinalUnit, 1];
  if (n.ten !== undefined) {
    const next = t[i + 1]?.number?.ordinalUnit;
    if (next !== undefined && next < 10 && adjacent(t, i)) return [n.ten + next, 2];
  }
  return undefined;
}

/** Tokens i and i+1 separated only by spaces or a hyphen. */
function adjacent(t: Token[], i: number): boolean {
  const a = t[i];
  const b = t[i + 1];
  return a !== undefined && b !== undefined && b.start - a.end <= 2;
}

/** Words and forms without which there is nothing to rewrite: most messages stop here. */
const GATE = new RegExp(
  String.raw`\b(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS), ...SHORT_DAYS.keys(), 'half', 'quarter', 'between', 'past'].join('|')})\b|\d{3,4}|\d\s*-\s*\d|\d\s+to\s+\d|\d(?:ish|[ap])\b|noonish|@\s*\d|noon\s*(?:-|–|to|until|till)\s*\d|\d\s*(?:-|–|to|until|till)\s*noon`,
  'i',
);

/** GATE's words found in one pass, before its slower search: most messages have none. */
const GATE_WORDS = new RegexGate([GATE], false, MESSAGE_GATES);

export function normalizeSpelledNumbers(text: string, typos: Replacement[] = typoReplacements(text)): NormalizedText {
  // Misspelt days and months ("thrusday", "tomorow") are written out too; they are no number words.
  if (GATE_WORDS.mayMatch(text)[0] === 0 || !GATE.test(text)) return applyReplacements(text, typos);
  // ASCII-only lowering keeps offsets identical to the original.
  const lower = /[A-Z]/.test(text) ? text.replace(/[A-Z]/g, (c) => c.toLowerCase()) : text;
  const t = tokenize(lower);
  const reps: Replacement[] = [];
  const rep = (from: number, to: number, value: string): void => {
    reps.push({ start: t[from].start, end: t[to].end, text: value });
  };
  let i = 0;
  while (i < t.length) {
    const w = t[i].word;
    // Not t[i - 1]?.word: reading index -1 of an array looks "-1" up as a property, a slow path.
    const prev = i > 0 ? t[i - 1].word : undefined;
    const day = SHORT_DAYS.get(w);
    if (day !== undefined) {
      rep(i, i, day);
      i++;
      continue;
    }
    // "half past four", "quarter to five", "quarter past ten"
    if ((w === 'half' || w === 'quarter') && (t[i + 1]?.word === 'past' || t[i + 1]?.word === 'to')) {
      const c = cardinalAt(t, i + 2) ?? numericAt(t, i + 2);
      if (c && c[0] >= 1 && c[0] <= 12) {
        rep(i, i + 1 + c[1], clockOf(w === 'half' ? 30 : 15, t[i + 1].word === 'past', c[0]));
        i += 2 + c[1];
        continue;
      }
    }
    // "10 past 2", "twenty past four", "at 10 to 4": minutes past or to an hour. "To" only after a
    // word of a time ("move my 10 to 11", "from 10 to 11" are no clock times).
    const mins = CLOCK_MINUTES_START.has(w) ? (cardinalAt(t, i) ?? numericAt(t, i)) : undefined;
    const past = mins === undefined ? undefined : t[i + mins[1]]?.word;
    if (mins && (past === 'past' || (past === 'to' && prev !== undefined && TO_CLOCK_LEAD.test(prev))) && CLOCK_MINUTES.has(mins[0])) {
      const at = i + mins[1] + 1;
      const hour = cardinalAt(t, at) ?? numericAt(t, at);
      if (hour && hour[0] >= 1 && hour[0] <= 12) {
        rep(i, at + hour[1] - 1, clockOf(mins[0], past === 'past', hour[0]));
        i = at + hour[1];
        continue;
      }
    }
    // British "at half three" is 3:30.
    if (w === 'half' && (prev === 'at' || prev === 'by' || prev === 'till' || prev === 'until')) {
      const c = cardinalAt(t, i + 1) ?? numericAt(t, i + 1);
      if (c && c[0] >= 1 && c[0] <= 12 && !/^(an?|hour|hours)$/.test(t[i + 1]?.word ?? '')) {
        rep(i, i + c[1], `${c[0]}:30`);
        i += 1 + c[1];
        continue;
      }
    }
    const ord = ordinalAt(t, i);
    if (ord) {
      const [value, used] = ord;
      const after = t[i + used]?.word;
      // "second" and "first" are ordinary words too; rewrite them only in date context.
      // After "the", a date when said "on the …" or where no other noun follows ("the first
      // available slot", "the second floor" are none).
      const onThe = prev === 'the' && i > 1 && t[i - 2].word === 'on';
      const dateContext =
        (prev === 'the' && (onThe || after === undefined || AFTER_A_DAY.test(after))) || prev === 'on' || (prev !== undefined && MONTH.test(prev)) ||
        (after !== undefined && (MONTH.test(after) || after === 'of')) || used === 2 || value > 3 ||
        /^(mon|tues|wednes|thurs|fri|satur|sun)day$/.test(after ?? '');
      if (value >= 1 && value <= 31 && dateContext) {
        rep(i, i + used - 1, `${value}${suffix(value)}`);
        i += used;
        continue;
      }
    }
    const card = cardinalAt(t, i);
    if (card) {
      let [value, used] = card;
      let minutes: number | undefined;
      const next = t[i + used]?.word;
      // "four hundred pm", "fourteen hundred hours"
      if (next === 'hundred' && value <= 24 && MERIDIEM.test(t[i + used + 1]?.word ?? '')) {
        rep(i, i + used, `${value}:00`);
        i += used + 1;
        continue;
      }
      // "ten thirty am", "four fifteen", "seven oh five"
      if (value >= 1 && value <= 24 && next !== undefined && adjacent(t, i + used - 1)) {
        if (next === 'oh') {
          const u = t[i + used + 1]?.number?.unit;
          if (u !== undefined && u < 10) {
            minutes = u;
            used += 2;
          }
        } else {
          const m = cardinalAt(t, i + used);
          const after = t[i + used + (m?.[1] ?? 0)]?.word ?? '';
          const timeContext = MERIDIEM.test(after) || /^(at|from|to|till|until|for|by|around|about|before|after|between)$/.test(prev ?? '');
          if (m && m[0] >= 10 && m[0] < 60 && timeContext) {
            minutes = m[0];
            used += m[1];
          }
        }
      }
      const out = minutes === undefined ? String(value) : `${value}:${String(minutes).padStart(2, '0')}`;
      rep(i, i + used - 1, out);
      i += used;
      continue;
    }
    i++;
  }
  clockForms(lower, reps);
  reps.sort((a, b) => a.start - b.start);
  return applyReplacements(text, typos.length === 0 ? reps : [...reps, ...typos].sort((a, b) => a.start - b.start));
}

/** `minutes` past (or to) `hour` as a clock time: "10 past 2" -> "2:10", "quarter to 1" -> "12:45". */
function clockOf(minutes: number, past: boolean, hour: number): string {
  const h = past ? hour : hour === 1 ? 12 : hour - 1;
  return `${h}:${String(past ? minutes : 60 - minutes).padStart(2, '0')}`;
}

/** Minutes said past or to an hour ("10 past 2", "twenty to five"); quarters and halves are read apart. */
const CLOCK_MINUTES: ReadonlySet<number> = new Set([5, 10, 20, 25]);
/** The first words of those minutes. */
const CLOCK_MINUTES_START: ReadonlySet<string> = new Set(['5', '10', '20', '25', 'five', 'ten', 'twenty']);
/** Words after which "N to H" is a clock time ("at 10 to 4"), not a move or a range. */
const TO_CLOCK_LEAD = /^(at|by|around|about|till|until|before|after)$/;

/** Days an hour range may stand beside ("Tue 10-11", "3-5 on Thursday", "every day 12-1", "friday week 12-1", "1-3 on the 3rd"). */
const RANGE_DAYS =
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day week|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)|' +
  'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|today|tomorrow|every day|daily|' +
  '(?:every|each) (?:morning|afternoon|evening)|mornings|afternoons|evenings';

/** 24-hour "0900", "1500 hours" after a time word. */
const MILITARY = /\b(at|from|to|by|until|till|before|after)\s+([01]\d|2[0-3])([0-5]\d)(\s*(?:hours|hrs|h))?\b/g;
/**
 * "Tue 10-11", "at 9-10:30", "Thursdays 3-4", "3-5 on Thursday": an hour range beside a day
 * (or after "at"/"from"); chrono reads "10-11" as a date.
 */
const HOUR_RANGE = new RegExp(
  String.raw`\b(${RANGE_DAYS}|at|from)\s+(\d{1,2})(?::(\d{2}))?\s*-\s*(\d{1,2})(?::(\d{2}))?(?!\d|\s*(?:st|nd|rd|th)\b|[\/\-.:]\d)` +
    String.raw`|(?<![\d\/.:-])\b()(\d{1,2})(?::(\d{2}))?\s*-\s*(\d{1,2})(?::(\d{2}))?(?=\s+(?:on\s+|this\s+|next\s+)?(?:${RANGE_DAYS})\b)`,
  'g',
);
/**
 * Chat's clock shorthand: "3p", "10:30a" (the meridiem's letter, touching the digits), "3ish",
 * "noonish" (about then, read as then). Not after a word that numbers a place ("room 3a").
 */
const CHAT_CLOCK = /(?<![\w\/.:-])(?<!\b(?:room|rm|building|bldg|floor|suite|unit|gate|level|apt|flat|seat|row|platform|terminal|bus|route|flight|page|step|section|chapter|version|v)\s+)(\d{1,2}(?::[0-5]\d)?|noon)(ish|a|p)\b/g;
/** Chat's "@ 3", "@3pm": at that time (an address has a letter or digit before its "@"). */
const AT_SIGN = /(?<![\w.%+-])@\s*(?=\d{1,2}(?::[0-5]\d)?(?:\s*(?:am|pm|a|p))?(?![\w:]))/g;
/** "noon-1", "noon to 1:30", "11-noon", "10:30 to noon": a range with noon at one end, whose other end chrono cannot place. */
const NOON_RANGE = /\bnoon(\s*(?:-|–|to|until|till)\s*)(\d{1,2}(?::[0-5]\d)?)\b(?!\s*(?:am|pm|a\.m|p\.m)|[\d:])|\b(\d{1,2}(?::[0-5]\d)?)(\s*(?:-|–|to|until|till)\s*)noon\b/g;
/** "between 2 and 4", read as "from 2 to 4". */
const BETWEEN = /\bbetween(\s+)(\S+(?:\s*(?:am|pm))?)(\s+)and(\s+)/g;

/**
 * Clock forms chrono does not read: 24-hour "0900"/"1500 hours" after a time word,
 * and "between 2 and 4" (as "from 2 to 4", a range chrono knows).
 */
function clockForms(lower: string, reps: Replacement[]): void {
  const free = (s: number, e: number): boolean => !reps.some((r) => r.start < e && s < r.end);
  let m: RegExpExecArray | null;
  // The hour forms need a digit, the range a "between": most texts here have only words.
  const digits = /\d/.test(lower);
  // Module-wide patterns (built once, not per message): each search starts at the text's start.
  MILITARY.lastIndex = 0;
  while (digits && (m = MILITARY.exec(lower)) !== null) {
    const s = m.index + m[1].length + 1 + (m[0].length - m[1].length - 1 - m[0].slice(m[1].length).trimStart().length);
    const e = m.index + m[0].length;
    if (free(s, e)) reps.push({ start: s, end: e, text: `${m[2]}:${m[3]}` });
  }
  NOON_RANGE.lastIndex = 0;
  while (digits && lower.includes('noon') && (m = NOON_RANGE.exec(lower)) !== null) {
    // The other end is the afternoon's after noon ("noon-1" is 12–1pm) and the morning's before it ("11-noon").
    const hour = Number((m[2] ?? m[3]).split(':')[0]);
    if (m[2] !== undefined ? hour < 1 || hour > 11 : hour < 6 || hour > 11) continue;
    const text = m[2] !== undefined ? `12pm${m[1]}${m[2]}pm` : `${m[3]}am${m[4]}12pm`;
    if (free(m.index, m.index + m[0].length)) reps.push({ start: m.index, end: m.index + m[0].length, text });
  }
  HOUR_RANGE.lastIndex = 0;
  while (digits && (m = HOUR_RANGE.exec(lower)) !== null) {
    // The second form's groups follow the first's five.
    const [lead, from, fromMinutes, to, toMinutes] = m[1] !== undefined ? [m[1], m[2], m[3], m[4], m[5]] : [m[6], m[7], m[8], m[9], m[10]];
    const a = Number(from);
    const b = Number(to);
    if (a > 23 || b > 24 || a === b) continue;
    const s = m.index + lead.length + (m[0].length - lead.length - m[0].slice(lead.length).trimStart().length);
    const e = m.index + m[0].length;
    if (free(s, e)) reps.push({ start: s, end: e, text: `${a}:${fromMinutes ?? '00'}-${b}:${toMinutes ?? '00'}` });
  }
  CHAT_CLOCK.lastIndex = 0;
  const chatClock = digits || lower.includes('noonish');
  while (chatClock && (m = CHAT_CLOCK.exec(lower)) !== null) {
    const clock = m[1];
    const hour = clock === 'noon' ? 12 : Number(clock.split(':')[0]);
    if (m[2] !== 'ish' && (clock === 'noon' || hour < 1 || hour > 12)) continue;
    const s = m.index;
    const e = m.index + m[0].length;
    // "3ish" as "3:00", a clock time chrono reads where a bare "3" would be none ("sync 3ish tomorrow").
    const about = clock === 'noon' || clock.includes(':') ? clock : `${clock}:00`;
    if (free(s, e)) reps.push({ start: s, end: e, text: m[2] === 'ish' ? about : `${clock}${m[2]}m` });
  }
  AT_SIGN.lastIndex = 0;
  while (digits && lower.includes('@') && (m = AT_SIGN.exec(lower)) !== null) {
    if (free(m.index, m.index + m[0].length)) reps.push({ start: m.index, end: m.index + m[0].length, text: 'at ' });
  }
  BETWEEN.lastIndex = 0;
  while (lower.includes('between') && (m = BETWEEN.exec(lower)) !== null) {
    const s = m.index;
    if (!/^(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)/.test(m[2])) continue;
    if (free(s, s + 7)) reps.push({ start: s, end: s + 7, text: 'from' });
    const andAt = s + 7 + m[1].length + m[2].length + m[3].length;
    if (free(andAt, andAt + 3)) reps.push({ start: andAt, end: andAt + 3, text: 'to' });
  }
}

function numericAt(t: Token[], i: number): [number, number] | undefined {
  const w = t[i]?.word;
  if (w !== undefined && /^\d{1,2}$/.test(w)) return [Number(w), 1];
  return undefined;
}
