import { COMMON_WORDS } from './commonWords';
import type { Replacement } from './normalizedText';

/**
 * Misspelt day, month and part-of-day words, as people type them in chat ("tomorow",
 * "tommorow", "thrusday", "wensday", "febuary", "afternon"), read as the words they stand
 * for; and a few words of a request with two letters swapped ("cancle", "meetign":
 * SWAPPED_WORDS). A word is compared with its doubled letters run together ("tommorrow" and
 * "tomorow" are both "tomorow"), and counts as a misspelling of one of these words when it
 * is one edit away from it there (a letter left out, added, changed, or two swapped), keeps
 * its first letter and is not a word of its own ("mondays", "sundry", "mourning").
 * The words are long enough (six letters or more) that one edit rarely makes another word.
 */
const WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'august', 'september', 'october', 'november', 'december',
  'tomorrow', 'tonight', 'yesterday', 'morning', 'afternoon', 'evening', 'weekend',
];
/**
 * Words of a request whose two letters swapped ("cancle", "decilne", "accpet", "meetign") make no
 * word of their own (none in an English list of 275,000 words), as people type them in a hurry.
 * Only swaps: a letter changed or left out of these makes words ("cancer", "accent").
 */
const SWAPPED_WORDS = ['cancel', 'decline', 'accept', 'schedule', 'reschedule', 'meeting', 'calendar', 'postpone'];

/** Every spelling of `w` with two neighbouring letters after its first swapped. */
function swapped(w: string): string[] {
  const out: string[] = [];
  for (let i = 1; i + 1 < w.length; i++) if (w[i] !== w[i + 1]) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  return out;
}

/**
 * Common misspellings spelled out rather than allowing more edits everywhere: two edits from a
 * day or month, or a letter left out or changed in a request word (none a word of its own in the
 * 275,000-word list but "calender", a press for cloth, which no one asks a calendar about).
 */
const FURTHER: ReadonlyArray<readonly [string, string]> = [
  ['wensday', 'wednesday'],
  ['wendsday', 'wednesday'],
  ['wedensday', 'wednesday'],
  ['febuary', 'february'],
  ['feburary', 'february'],
  ['tonite', 'tonight'],
  ['acept', 'accept'],
  ['decine', 'decline'],
  ['canel', 'cancel'],
  ['shedule', 'schedule'],
  ['schedual', 'schedule'],
  ['scedule', 'schedule'],
  ['reshedule', 'reschedule'],
  ['reschedual', 'reschedule'],
  ['meetng', 'meeting'],
  ['calender', 'calendar'],
  ['calander', 'calendar'],
  ['calandar', 'calendar'],
  ['apointment', 'appointment'],
  ['appoitment', 'appointment'],
];
/**
 * Words one edit from one of WORDS that are words or names of their own (checked against an
 * English word list of 275,000 words, in which these were the only ones).
 */
const REAL_WORDS = new Set([
  'sundry', 'sundae', 'sunray', 'mourning', 'moaning', 'mooning', 'mooring', 'morling', 'eventing', 'augusta', 'auguste',
  'tuesdays', 'evenings', 'mornings', 'weekends', 'tonights',
  // "metting" is "meeting" with its letters run together; "meting" (out) is a word.
  'meting',
]);

const MIN_LENGTH = 5;
const MAX_LENGTH = 12;

/** The word with each run of one letter written once ("tommorrow" -> "tomorow"). */
function squeezed(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (i === 0 || word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** Every word one edit from `w` that keeps its first letter (a letter left out, swapped with the next, changed or added). */
export function oneEditAway(w: string): string[] {
  const out: string[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 1; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  out.push(...swapped(w));
  for (let i = 1; i < w.length; i++) for (const c of letters) if (c !== w[i]) out.push(w.slice(0, i) + c + w.slice(i + 1));
  for (let i = 1; i <= w.length; i++) for (const c of letters) out.push(w.slice(0, i) + c + w.slice(i));
  return out;
}

/**
 * Whether `b` is one edit from `a` as `oneEditAway` makes them (a letter left out, added, changed,
 * or two neighbours swapped, the first letter kept), compared in place: "desgin" and "design",
 * "quartrly" and "quarterly".
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // Changed at i, or i and i + 1 swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // The longer one has a letter more at i.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Squeezed misspelling -> the word it stands for. */
const MISSPELT: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const taken = new Set<string>(WORDS.map(squeezed));
  for (const word of WORDS) {
    for (const edit of oneEditAway(squeezed(word))) {
      const key = squeezed(edit);
      if (key.length < MIN_LENGTH || taken.has(key) || key === `${squeezed(word)}s` || REAL_WORDS.has(edit) || COMMON_WORDS.has(edit)) continue;
      // One misspelling near two of the words stands for neither.
      const other = map.get(key);
      if (other !== undefined && other !== word) map.set(key, '');
      else map.set(key, word);
    }
  }
  for (const [typo, word] of FURTHER) map.set(squeezed(typo), word);
  for (const word of SWAPPED_WORDS) for (const typo of swapped(word)) if (!map.has(squeezed(typo))) map.set(squeezed(typo), word);
  for (const [key, word] of map) if (word === '') map.delete(key);
  // A letter doubled or left single ("tommorow", "tomorow", "afternon", "cancell", "metting") is no edit at all.
  for (const word of [...WORDS, ...SWAPPED_WORDS]) map.set(squeezed(word), word);
  return map;
})();

/**
 * The squeezed misspellings' hashes as bits (16 KB, two bits each): a word is hashed as it
 * is read, and only one whose bits are both set (about one in a hundred other words) is
 * written out and looked up. Most words of a message cost no string.
 */
const HASH_BITS = 1 << 17;
const HASHES: Int32Array = (() => {
  const bits = new Int32Array(HASH_BITS >>> 5);
  for (const key of MISSPELT.keys()) {
    const h = hashOf(key, 0, key.length);
    for (const b of [h & (HASH_BITS - 1), (h >>> 15) & (HASH_BITS - 1)]) bits[b >>> 5] |= 1 << (b & 31);
  }
  return bits;
})();

/** The first letters of the words read, as bits of a-z: a word starting otherwise is none of them. */
const FIRST_LETTERS = [...WORDS, ...SWAPPED_WORDS, ...FURTHER.map(([typo]) => typo)].reduce((mask, w) => mask | (1 << (w.charCodeAt(0) - 97)), 0);

/** FNV-1a over the lower-cased ASCII letters of text[start, end), each run of one letter once. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === prev) continue;
    prev = c;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/** Whether both bits of a word's hash are set. */
function hashed(h: number): boolean {
  const a = h & (HASH_BITS - 1);
  const b = (h >>> 15) & (HASH_BITS - 1);
  return (HASHES[a >>> 5] & (1 << (a & 31))) !== 0 && (HASHES[b >>> 5] & (1 << (b & 31))) !== 0;
}

function mayBeMisspelt(text: string, start: number, end: number): boolean {
  return (FIRST_LETTERS & (1 << ((text.charCodeAt(start) | 32) - 97))) !== 0 && hashed(hashOf(text, start, end));
}

/** The words read, as they are spelled. */
const RIGHT_SPELLINGS = [...WORDS, ...SWAPPED_WORDS];

/** Whether text[start, end) is one of the words read as it is spelled, in any case: no misspelling (most day words are these). */
function spelledRight(text: string, start: number, end: number): boolean {
  for (const w of RIGHT_SPELLINGS) {
    if (w.length !== end - start || w.charCodeAt(0) !== (text.charCodeAt(start) | 32)) continue;
    let k = 1;
    while (k < w.length && w.charCodeAt(k) === (text.charCodeAt(start + k) | 32)) k++;
    if (k === w.length) return true;
  }
  return false;
}

/** The word text[start, end) is a misspelling of, or undefined. */
function misspeltAt(text: string, start: number, end: number): string | undefined {
  if (end - start < MIN_LENGTH || end - start > MAX_LENGTH || !mayBeMisspelt(text, start, end) || spelledRight(text, start, end)) return undefined;
  return meantBy(text.slice(start, end).toLowerCase());
}

/** The time word a lower-cased word is a misspelling of; none for a word of its own ("mooring" squeezes as "moning" does). */
function meantBy(word: string): string | undefined {
  return REAL_WORDS.has(word) ? undefined : MISSPELT.get(squeezed(word));
}

/** The day, month, part of the day or request word a misspelt word stands for ("tomorow": "tomorrow", "cancle": "cancel"), or undefined. */
export function misspeltWord(word: string): string | undefined {
  return isLetters(word, 0, word.length) ? misspeltAt(word, 0, word.length) : undefined;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Each misspelt word of the text (a whole run of ASCII letters: a day, a month, a request word), as the word it stands for.
 * One pass over every message: each word gets hashOf's hash as its letters are read, rather
 * than in a second pass over it.
 */
export function typoReplacements(text: string): Replacement[] {
  let out: Replacement[] | undefined;
  let start = -1;
  let h = 0;
  let prev = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      const lc = c | 32;
      if (start < 0) {
        start = i;
        h = 0x811c9dc5 | 0;
        prev = -1;
      }
      if (lc !== prev) {
        prev = lc;
        h = Math.imul(h ^ lc, 0x01000193);
      }
      continue;
    }
    if (start < 0) continue;
    const length = i - start;
    if (length >= MIN_LENGTH && length <= MAX_LENGTH && (FIRST_LETTERS & (1 << ((text.charCodeAt(start) | 32) - 97))) !== 0 && hashed(h)) {
      const word = spelledRight(text, start, i) ? undefined : meantBy(text.slice(start, i).toLowerCase());
      // A word inside a longer token ("tomorow2", "2tomorow", "x_tomorow", an address) is left as it is.
      if (word !== undefined && !partOfToken(c) && !(start > 0 && partOfToken(text.charCodeAt(start - 1)))) (out ??= []).push({ start, end: i, text: word });
    }
    start = -1;
  }
  return out ?? NONE;
}

const NONE: Replacement[] = [];

/** A digit, "_" or "@": a word touching one is part of a longer token. */
function partOfToken(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95 || c === 64;
}
