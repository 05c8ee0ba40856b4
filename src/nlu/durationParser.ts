import { MESSAGE_GATES, RegexGate } from './regexGate';

/**
 * How long something lasts: "for 45 minutes", "half an hour", "an hour and a half",
 * "1.5 hours", "90 min", "30 minutes with Megan". Read on the normalized text, so
 * "forty five minutes" arrives as "45 minutes". "in 30 minutes" is a time, not a length.
 */
export interface DurationMatch {
  minutes: number;
  start: number;
  end: number;
  source: string;
}

const NUM = String.raw`(\d+(?:\.\d+)?|an?|one|half an?|a half|half(?=\s*-?\s*(?:hour|hr))|a couple of|couple of|a few)`;
const UNIT = String.raw`(minutes?|mins?|hours?|hrs?|days?)`;
const DURATION = new RegExp(
  String.raw`(?<![\d:])\b(?:for\s+(?:about\s+|around\s+|roughly\s+)?)?${NUM}\s*-?\s*${UNIT}\b(?:\s+and\s+(?:a\s+)?(half|quarter|\d+\s*(?:minutes?|mins?)))?(?:\s+long)?`,
  'gi',
);

/**
 * "2h", "30m", "1.5h": "h" and "m" right after the digits (spaced out they are something
 * else). A pattern of its own, so that the gate finds it by a digit and the letter together
 * rather than letting every text with an "h" or an "m" through to DURATION.
 */
const SHORT = /(?<![\d:.])\b(\d+(?:\.\d+)?)([hm])\b/gi;

/** Chat's "a quick 15", "a quick 30 with Adele": that many minutes, the unit left out (group 2 is empty). */
const QUICK = /\bquick\s+(5|10|15|20|30|45)()(?![\w:.]|\s*(?:am|pm|a\.m|p\.m|minutes?|mins?|hours?|hrs?|o'?clock)\b)/gi;

const PATTERNS = [DURATION, SHORT, QUICK];
const DURATION_GATE = new RegexGate(PATTERNS, false, MESSAGE_GATES);

function amount(word: string): number {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (w.startsWith('half') || w === 'a half') return 0.5;
  if (w.includes('couple')) return 2;
  if (w.includes('few')) return 3;
  return Number(w);
}

export function findDurations(text: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  // Without a unit word ("min", "hour", "day") or a short one after digits there is no length to find.
  const may = DURATION_GATE.mayMatch(text);
  for (let k = 0; k < PATTERNS.length; k++) if (may[k] === 1) readLengths(text, PATTERNS[k], out);
  // Each pattern's lengths are in order; "2h" and "for 30 minutes" said together are put in order too.
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** The lengths `re` finds (number in group 1, unit in 2, "and a half" or more in 3), added to `out`. */
function readLengths(text: string, re: RegExp, out: DurationMatch[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
    // "in 30 minutes", "30 minutes later/before", "every 2 hours", "last 5 minutes" are not lengths.
    if (/\b(in|within|after|every|last|past|next|by)\s+$/.test(before)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
    if (/^\s*(later|earlier|before|after|ago|from now|early|late|notice|prior)\b/.test(after) && !/^for/i.test(m[0])) continue;
    const unit = m[2].toLowerCase();
    let n = amount(m[1]);
    if (!Number.isFinite(n) || n <= 0) continue;
    // Half a day is half a working day, a morning or an afternoon ("a half-day offsite"): four hours.
    let minutes = unit.startsWith('h') ? n * 60 : unit.startsWith('d') ? (n === 0.5 ? 240 : n * 1440) : n;
    // "600m" is a distance more likely than ten hours.
    if (unit === 'm' && n > 600) continue;
    if (m[3] !== undefined) {
      const extra = m[3].toLowerCase();
      const base = unit.startsWith('h') ? 60 : unit.startsWith('d') ? 1440 : 1;
      if (extra === 'half') minutes += base / 2;
      else if (extra === 'quarter') minutes += base / 4;
      else minutes += Number(/\d+/.exec(extra)?.[0] ?? 0);
    }
    n = Math.round(minutes);
    out.push({ minutes: n, start: m.index, end: m.index + m[0].length, source: 'duration.phrase' });
  }
}

const ALL_DAY = /\b(all[ -]day|whole day|full day|entire day)\b/i;
const ALL_DAY_GATE = new RegexGate([ALL_DAY], false, MESSAGE_GATES);

export function findAllDay(text: string): { start: number; end: number } | undefined {
  const m = ALL_DAY_GATE.mayMatch(text)[0] === 1 ? ALL_DAY.exec(text) : null;
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
