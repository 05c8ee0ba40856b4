import { COMMON_WORDS, RELATIONS } from './commonWords';
import { MESSAGE_GATES, mayBeSpace, RegexGate } from './regexGate';
import { misspeltWord } from './wordTypos';

/**
 * People named in a message: e-mail addresses, names after the words that introduce
 * a person ("with", "to", "from", "tell", "email", "invite", "cc"), possessives
 * ("john's number"), and lists ("Megan and Adele"). Lower-case input is the norm, so
 * names are known by where they stand and by not being ordinary words.
 */
export interface PersonMatch {
  text: string;
  start: number;
  end: number;
  /** The word that introduced the person ("to", "cc", "from", ...), lower-case. */
  role: string;
  kind: 'name' | 'address' | 'relation' | 'self';
  source: string;
}

const ADDRESS = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\s+dot\s+[a-z]{2,6})?/gi;
/**
 * The phrases that introduce a person ("with", "tell", "reply to"), each followed by blanks,
 * in the order INTRO tries them: where two fit, the earlier wins ("meet" is tried before
 * "meeting", and then lacks the blank after it). IS_AFTER_QUESTION is "is" at the start or
 * right after "where", "who", "when", "what" or "how" ("where is Megan").
 */
const IS_AFTER_QUESTION = 'is after a question word';
const CUE_PHRASES: readonly string[] = [
  'with', 'to', 'from', 'for', 'tell', 'ask', 'asks', 'inform', 'invite', 'invited', 'cc', 'bcc', 'email', 'e-mail', 'mail', 'message',
  'ping', 'text', 'call', 'meet', 'meeting', 'remind', 'let', 'by', 'contact', 'about', 'of', 'and', 'plus', 'including', 'reply to',
  'forward it to', 'forward this to', 'forward that to', 'forward to', 'did', 'has', 'have', 'does', 'add', 'find', 'where does', 'where is',
  IS_AFTER_QUESTION, 'if', 'when', 'friend', 'locate', 'search', 'show', 'give me', "what's", 'whats', 'what is', 'where', 'named', 'called',
  'dial', 'reach', 'pull up', 'edit', 'on', 'w/', 'w', 'msg', 'dm',
];
/** Chat shorthand for a cue ("mtg w/ megan", "30m w adele", "msg Megan"), read as the word it stands for. */
const SHORTHAND_ROLES: ReadonlyMap<string, string> = new Map([['w/', 'with'], ['w', 'with'], ['msg', 'message'], ['dm', 'message']]);
const IS_AFTER_QUESTION_SOURCE = String.raw`(?<=^\s*|\b(?:where|who|when|what|how)\s)is`;
/** The cue phrases as one pattern: the definition the search below must agree with (test/nlu/peopleCueSearch.test.ts). */
export const INTRO = new RegExp(String.raw`\b(${CUE_PHRASES.map((p) => (p === IS_AFTER_QUESTION ? IS_AFTER_QUESTION_SOURCE : p)).join('|')})\s+`, 'gi');

/** The first run of letters of a phrase ("e" of "e-mail", "what" of "what's", "reply" of "reply to"). */
function headOf(phrase: string): string {
  return phrase === IS_AFTER_QUESTION ? 'is' : (/^[a-z]+/.exec(phrase) as RegExpExecArray)[0];
}

/**
 * The cue phrases by their first run of letters, in INTRO's order. Every phrase is followed
 * by a blank, a hyphen or an apostrophe, so where one starts, that run of the text is its head.
 */
const PHRASES_BY_HEAD = new Map<string, string[]>();
for (const phrase of CUE_PHRASES) {
  const head = headOf(phrase);
  PHRASES_BY_HEAD.set(head, [...(PHRASES_BY_HEAD.get(head) ?? []), phrase]);
}
const LONGEST_HEAD = Math.max(...[...PHRASES_BY_HEAD.keys()].map((h) => h.length));
/** Per lower-case ASCII letter, 1 when a cue phrase starts with it. */
const INTRO_FIRST = new Uint8Array(128);
for (const head of PHRASES_BY_HEAD.keys()) INTRO_FIRST[head.charCodeAt(0)] = 1;

/** A run of letters' hash, caseless, as read one character at a time. */
function hashStep(h: number, c: number): number {
  return (h * 31 + (c | 0x20)) & 0xffff;
}

/**
 * One bit per hash bucket (4096 of them, in 512 bytes), set when a cue head falls in it:
 * a head always passes, another word only when it shares a bucket, and then the lookup
 * rules it out. It answers without cutting the word out of the text.
 */
const HEAD_FILTER = new Uint32Array(128);
function mayBeHead(h: number): boolean {
  return (HEAD_FILTER[(h >> 5) & 127] & (1 << (h & 31))) !== 0;
}
/**
 * The phrases by their head's hash, in INTRO's order, so a run of letters finds them without
 * being cut out of the text. Heads that share a hash share a list: a phrase is compared with
 * the text letter by letter, and one with another head never fits there.
 */
const PHRASES_BY_HASH = new Map<number, string[]>();
for (const [head, phrases] of PHRASES_BY_HEAD) {
  let h = 0;
  for (let k = 0; k < head.length; k++) h = hashStep(h, head.charCodeAt(k));
  HEAD_FILTER[(h >> 5) & 127] |= 1 << (h & 31);
  PHRASES_BY_HASH.set(h, [...(PHRASES_BY_HASH.get(h) ?? []), ...phrases]);
}

/** A cue phrase found in a text: where it starts, where the blanks after it end, and the phrase as written. */
export interface Cue {
  index: number;
  end: number;
  phrase: string;
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The next match of INTRO at or after `from`, the same as INTRO's own search from there.
 * Every match starts at a word boundary with a cue phrase's first letter (ASCII only: a
 * case-insensitive pattern without the "u" flag matches no other character to an ASCII
 * letter), where the whole run of letters is a phrase's head; there the phrases with that
 * head are compared in INTRO's order, and most of a message is never looked at twice.
 */
export function nextIntro(text: string, from: number): Cue | null {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    // `| 0x20` lower-cases a letter; no other character lands on a letter.
    if (c > 122 || INTRO_FIRST[c] === 0 || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
    let end = i;
    let h = 0;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) h = hashStep(h, text.charCodeAt(end++));
    // Not a cue phrase's first word: nor is any later position inside this one.
    if (end - i > LONGEST_HEAD || !mayBeHead(h)) {
      i = end - 1;
      continue;
    }
    const cue = cueAt(text, i, PHRASES_BY_HASH.get(h));
    if (cue !== null) return cue;
  }
  return null;
}

/** The first of `phrases` written at `at` (ASCII letters in either case) and followed by blanks, as INTRO reads it there. */
function cueAt(text: string, at: number, phrases: readonly string[] | undefined): Cue | null {
  if (phrases === undefined) return null;
  for (const phrase of phrases) {
    // Compared letter by letter, "is" too: a list may hold another head's phrases (a shared hash).
    const spelled = phrase === IS_AFTER_QUESTION ? 'is' : phrase;
    let k = at;
    while (k - at < spelled.length && k < text.length && sameCaseless(text.charCodeAt(k), spelled.charCodeAt(k - at))) k++;
    if (k - at < spelled.length) continue;
    if (phrase === IS_AFTER_QUESTION && !followsQuestionWord(text, at)) continue;
    const phraseEnd = k;
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (k > phraseEnd) return { index: at, end: k, phrase: text.slice(at, phraseEnd) };
  }
  return null;
}

/** INTRO's `(?<=^\s*|\b(?:where|who|when|what|how)\s)` before `at`. */
function followsQuestionWord(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  if (k !== at - 2) return false;
  let start = k;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return false;
  return QUESTION_WORDS.has(text.slice(start, k + 1).toLowerCase());
}

const QUESTION_WORDS: ReadonlySet<string> = new Set(['where', 'who', 'when', 'what', 'how']);

/** A text's character against a phrase's (lower-case letters, blanks, "'" and "-"), as the "i" flag without "u" compares them. */
function sameCaseless(c: number, p: number): boolean {
  return c === p || (isAsciiLetter(c) && (c | 0x20) === p);
}

/** The characters "\s" matches. */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Roles after which a lone unknown word is taken as a name without more evidence. */
const TRUSTED_ROLES: ReadonlySet<string> = new Set(['with', 'to', 'from', 'tell', 'ask', 'asks', 'remind', 'inform', 'invite', 'invited', 'cc', 'bcc', 'email', 'e-mail', 'mail', 'message', 'ping', 'text', 'call', 'meet', 'meeting', 'let', 'contact', 'and', 'plus', 'including', 'reply', 'forward', 'did', 'has', 'have', 'does']);
/** First words readNames treats specially (a relation, a title, "me"). */
const SPECIAL_FIRST: ReadonlySet<string> = new Set(['my', 'our', 'the', 'aunt', 'uncle', 'dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'me']);

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Flags of a word in FIRST_WORDS: an ordinary word (COMMON_WORDS), a word readNames reads specially (SPECIAL_FIRST). */
const COMMON = 1;
const SPECIAL = 2;

/**
 * COMMON_WORDS and SPECIAL_FIRST in one open-addressed table, looked up from the
 * characters of the text (ASCII letters read lower-case) without cutting the word out:
 * each slot holds where the word's letters start in LETTERS, its length and its flags,
 * so a lookup reads one slot and the letters it compares, not a Set's string and bucket.
 */
class WordTable {
  private readonly slots: Uint32Array;
  private readonly letters: Uint8Array;
  private readonly mask: number;

  constructor(words: ReadonlyMap<string, number>) {
    let size = 1;
    while (size < words.size * 4) size *= 2;
    this.slots = new Uint32Array(size);
    this.mask = size - 1;
    let total = 0;
    for (const w of words.keys()) total += w.length;
    this.letters = new Uint8Array(total);
    let at = 0;
    for (const [w, flags] of words) {
      if (!/^[\x21-\x7e]{1,255}$/.test(w) || at + w.length > 0xffff) throw new Error(`WordTable: cannot hold "${w}"`);
      let i = WordTable.hash(w, 0, w.length) & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      // Letters' start (16 bits), length (8), flags (8): a word is never empty, so no slot of a word is 0.
      this.slots[i] = (at << 16) | (w.length << 8) | flags;
      for (let k = 0; k < w.length; k++) this.letters[at++] = w.charCodeAt(k);
    }
  }

  /** text[start, end) lower-cased; the table's words and the letters looked up are lower-case ASCII, hyphens and apostrophes. */
  private static hash(text: string, start: number, end: number): number {
    let h = 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ lowerAscii(text.charCodeAt(k)), 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  }

  /** The flags of text[start, end) read lower-case (ASCII letters only), 0 when it is no word of the table. */
  flagsAt(text: string, start: number, end: number): number {
    const n = end - start;
    for (let i = WordTable.hash(text, start, end) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i];
      if (slot === 0) return 0;
      if (((slot >>> 8) & 0xff) !== n) continue;
      const at = slot >>> 16;
      let k = 0;
      while (k < n && this.letters[at + k] === lowerAscii(text.charCodeAt(start + k))) k++;
      if (k === n) return slot & 0xff;
    }
  }
}

/** An ASCII capital as its small letter; any other code unit as it is. */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 0x20 : c;
}

const FIRST_WORDS = new WordTable(
  new Map([...[...COMMON_WORDS].map((w): [string, number] => [w, COMMON | (SPECIAL_FIRST.has(w) ? SPECIAL : 0)]), ...[...SPECIAL_FIRST].filter((w) => !COMMON_WORDS.has(w)).map((w): [string, number] => [w, SPECIAL])]),
);

/**
 * Nothing can be read at `pos`: the next word is an ordinary one and not a relation,
 * title or "me", which is where readNames would stop at once. Most cue words are
 * followed by such a word ("to the", "for a"), so this saves its slower reading. The
 * word is read as readNames reads it (a letter, then letters and hyphens), within 40
 * characters; one that long goes the long way.
 */
export function nothingAt(text: string, pos: number): boolean {
  const limit = Math.min(text.length, pos + 40);
  if (pos >= limit || !isAsciiLetter(text.charCodeAt(pos))) return true;
  let end = pos + 1;
  while (end < limit && (isAsciiLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) end++;
  if (end - pos >= 39) return false;
  // isNameWord for a word of letters and hyphens: shorter than two letters is no name.
  if (end - pos < 2) return true;
  // "me-time" starts with "me" as a word, for readNames' "me\b".
  if (end - pos >= 3 && lowerAscii(text.charCodeAt(pos)) === 109 && lowerAscii(text.charCodeAt(pos + 1)) === 101 && text.charCodeAt(pos + 2) === 45) return false;
  const flags = FIRST_WORDS.flagsAt(text, pos, end);
  return (flags & SPECIAL) === 0 && (flags & COMMON) !== 0;
}

/** A word that can be a name: two letters or more, a letter and then letters and hyphens, no ordinary word. */
export function isNameWord(w: string): boolean {
  // Every word the finder reads is a letter and then letters and hyphens: then the
  // answer is the word table's, read in place. Anything else takes the general reading.
  // A misspelt day or month ("tomorow", "thrusday") is no name either.
  if (isLettersAndHyphens(w)) return w.length >= 2 && (FIRST_WORDS.flagsAt(w, 0, w.length) & COMMON) === 0 && misspeltWord(w) === undefined;
  const lw = w.toLowerCase().replace(/'s$/, '');
  return lw.length >= 2 && !COMMON_WORDS.has(lw) && /^[a-z][a-z-]*$/i.test(lw);
}

/** /^[a-z][a-z-]*$/i */
function isLettersAndHyphens(w: string): boolean {
  if (w.length === 0 || !isAsciiLetter(w.charCodeAt(0))) return false;
  for (let k = 1; k < w.length; k++) if (!isAsciiLetter(w.charCodeAt(k)) && w.charCodeAt(k) !== 45) return false;
  return true;
}

/**
 * The patterns readNames and endsClause read at one position of the text: sticky, so
 * they match only there, as the same pattern anchored with "^" matches the rest of the
 * text cut from there (none of them looks behind its start), without cutting it.
 */
const LEAD_AT = /(my|our|the)\s+/iy;
const RELATION_AT = /([a-z]+)/iy;
const NAMED_AT = /\s+([a-z][a-z-]*)\b/iy;
/** "the leadership team", "our design team": a team named by what it does, as "the team" is. */
const NAMED_TEAM_AT = /[a-z][a-z-]*\s+team\b/iy;
const TITLED_AT = /(aunt|uncle|dr|mr|mrs|ms|miss|prof)\.?\s+[a-z]/iy;
const TITLED_NAME_AT = /((?:aunt|uncle|dr|mr|mrs|ms|miss|prof)\.?\s+[a-z][a-z-]*)/iy;
const ME_AT = /me\b/iy;
const WORD_AT = /([a-z][a-z-]*)('s|s')?/iy;
const SURNAME_AT = /\s+([a-z][a-z-]*)('s|s')?/iy;
export const SEPARATOR_AT = /(\s*,\s*(and\s+)?|\s+and\s+|\s*&\s*)/iy;
const CLAUSE_END_AT =
  /\s*($|[,.?!]|and\b|about\b|from\b|in my\b|in contacts\b|to my\b|as an?\b|saved\b|still\b|live\b|work\b|(?:[a-z]+\s+)?(phone|number|address|e-?mail|info|information|contact|lives|works|has|have|is|emails|replies|replied)\b|(?<=\s)[a-z0-9._%+-]+@)/iy;

/** The sticky pattern's match at `at` of the text, or null. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Reads a name (one or two words) starting at `pos`; a list continues with "and"/",". */
function readNames(text: string, pos: number, role: string, out: PersonMatch[], strict: boolean): void {
  let i = pos;
  for (let guard = 0; guard < 8; guard++) {
    // A relation, a title and "me" start with a whole run of letters that is one of
    // SPECIAL_FIRST: any other word (most names) is read as a word without trying them.
    let letters = i;
    while (letters < text.length && isAsciiLetter(text.charCodeAt(letters))) letters++;
    const special = (FIRST_WORDS.flagsAt(text, i, letters) & SPECIAL) !== 0;
    const lead = special ? matchAt(LEAD_AT, text, i) : null;
    if (lead) {
      const rel = matchAt(RELATION_AT, text, i + lead[0].length);
      if (rel && RELATIONS.has(rel[1].toLowerCase())) {
        const relEnd = i + lead[0].length + rel[1].length;
        out.push({ text: text.slice(i, relEnd), start: i, end: relEnd, role, kind: 'relation', source: 'person.relation' });
        i = relEnd;
        // "my assistant Clara": the name after the relation is the person.
        const named = matchAt(NAMED_AT, text, i);
        if (named && isNameWord(named[1]) && endsClause(text, i + named[0].length)) {
          const s = i + named[0].length - named[1].length;
          out.push({ text: named[1], start: s, end: s + named[1].length, role, kind: 'name', source: 'person.afterRelation' });
          i = s + named[1].length;
        }
      } else {
        const team = matchAt(NAMED_TEAM_AT, text, i + lead[0].length);
        if (!team) return;
        const teamEnd = i + lead[0].length + team[0].length;
        out.push({ text: text.slice(i, teamEnd), start: i, end: teamEnd, role, kind: 'relation', source: 'person.relation' });
        i = teamEnd;
      }
    } else if (special && matchAt(TITLED_AT, text, i) !== null) {
      const t = matchAt(TITLED_NAME_AT, text, i);
      if (!t) return;
      out.push({ text: t[1], start: i, end: i + t[1].length, role, kind: 'name', source: 'person.titled' });
      i += t[1].length;
    } else if (special && role !== 'from' && matchAt(ME_AT, text, i) !== null) {
      out.push({ text: 'me', start: i, end: i + 2, role, kind: 'self', source: 'person.self' });
      i += 2;
    } else {
      const m1 = matchAt(WORD_AT, text, i);
      if (!m1 || !isNameWord(m1[1]) || /(ently|antly|ously|ively|fully|arly|rply|ities|ity)$/i.test(m1[1])) return;
      // "remind me to eat", "need to leave": an infinitive, not a recipient; "my flight to boston": a place.
      if (role === 'to' && /\b(me|him|her|them|us|you|need|needs|want|wants|going|have|has|had|how|like|able|trying|try|forget|remember|time|asking|ask|told|not|order|plan|planning|used|supposed|and|event|reminder|remind|ready|due|about|wish|would|love|hate|flights?|trips?|drive|driving|train|fly|flying|travel(?:l?ing)?|commute|heading|way)\s+to\s+$/i.test(text.slice(Math.max(0, i - 14), i))) return;
      let end = i + m1[0].length;
      if (m1[2] === undefined) {
        const m2 = matchAt(SURNAME_AT, text, end);
        if (m2 && isNameWord(m2[1]) && looksLikeSurname(m2[1], text, end + m2[0].length)) end += m2[0].length;
      }
      // A lone unknown word right after "for"/"about"/"of" is more often a thing than a person. After
      // "add", a name and surname ("add adele vance to my contacts") end the clause as one.
      if (strict && m1[2] === undefined && (!endsClause(text, role === 'add' ? end : i + m1[0].length) || /(ing|tion|ment|ness|ance|ence|ity|ings)$/i.test(m1[1]))) return;
      const name = text.slice(i, end);
      out.push({ text: name.replace(/'s$|'$/i, ''), start: i, end, role, kind: 'name', source: 'person.afterIntro' });
      i = end;
    }
    const sep = mayBeSeparator(text, i) ? matchAt(SEPARATOR_AT, text, i) : null;
    if (!sep) return;
    i += sep[0].length;
  }
}

/**
 * SEPARATOR_AT can match at `at` only where blanks and then ",", "&" or the "a" of "and"
 * come: most names end a list. (`| 0x20` reads "A" as "a"; the only others it moves onto
 * one of the three are a form feed, a blank the loop has passed, and U+0006, for which it
 * merely says maybe.)
 */
export function mayBeSeparator(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && mayBeSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k) | 0x20;
  return c === 0x2c || c === 0x26 || c === 0x61;
}

/** Nothing but punctuation, a joining word or a contact detail follows. */
function endsClause(text: string, at: number): boolean {
  return matchAt(CLAUSE_END_AT, text, at) !== null;
}

/** A second unknown word is a surname unless the sentence plainly goes on after it. */
function looksLikeSurname(word: string, text: string, after: number): boolean {
  if (/^[A-Z]/.test(word)) return true;
  if (/(ing|ed|ly)$/i.test(word)) return false;
  const next = text.slice(after).trimStart();
  return next.length === 0 || /^(and|about|at|on|in|for|to|from|with|tomorrow|today|next|this|e-?mail|phone|number|address|is|live|lives|work|works|as|[,.?!])\b/i.test(next) || /^[,.?!]/.test(next) || /^[a-z0-9._-]+@/i.test(next);
}

/**
 * "send megan a message", "shoot isaiah an email", "give lee a call" (the person in group 1), "send
 * lynne the agenda", "forward isaiah the invite" (group 2): who gets it, named before what is sent.
 */
const GIVEN =
  /\b(?:send|shoot|drop|give|write)\s+([a-z][a-z-]+)\s+(?:a|an|another)\s+(?:quick\s+|short\s+)?(?:message|msg|e-?mail|mail|note|text|line|call|ring|invite|invitation|reminder)\b|\b(?:send|forward|pass)\s+([a-z][a-z-]+)\s+(?:the|my|our|this|that|these|those)\s+[a-z]/dgi;
/** GIVEN's verbs and words, looked for in the message's shared scan: most messages send nothing. */
const GIVEN_GATE = new RegexGate([GIVEN], false, MESSAGE_GATES);

export function findPeople(text: string): PersonMatch[] {
  const out: PersonMatch[] = [];
  const taken = (s: number, e: number): boolean => out.some((p) => p.start < e && s < p.end);
  let m: RegExpExecArray | null;
  const addr = ADDRESS;
  addr.lastIndex = 0;
  // Each of the searches below needs a character most messages lack ("@", "'", a capital).
  const hasAt = text.includes('@');
  while (hasAt && (m = addr.exec(text)) !== null) {
    // The word before an address says which line it goes on ("cc adele@...").
    const before = /\b(to|cc|bcc|from|with|invite|and)\s*:?\s*$/i.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const role = before ? before[1].toLowerCase() : 'address';
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, role, kind: 'address', source: 'person.address' });
  }
  for (let cue = nextIntro(text, 0); cue !== null; cue = nextIntro(text, cue.end)) {
    const pos = cue.end;
    if (nothingAt(text, pos) || taken(pos, pos + 1)) continue;
    // The cue's first word ("reply to" -> "reply"): a cue's words are ASCII, parted by single spaces.
    const space = cue.phrase.indexOf(' ');
    const head = (space < 0 ? cue.phrase : cue.phrase.slice(0, space)).toLowerCase();
    const role = SHORTHAND_ROLES.get(head) ?? head;
    const found: PersonMatch[] = [];
    readNames(text, pos, role, found, !TRUSTED_ROLES.has(role));
    for (const f of found) if (!taken(f.start, f.end)) out.push(f);
  }
  // "john's number", "pawel's email"
  const poss = /\b([a-z][a-z-]+)('s|s')\s+(?:[a-z]+\s+)?(e-?mail|number|phone|address|birthday|party|contact|details|info|office|mobile|cell|meeting|wedding|retirement|last|calendar|schedule|availability|free\s+time)\b/gi;
  const hasApostrophe = text.includes("'");
  while (hasApostrophe && (m = poss.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[1].length + m[2].length;
    if (isNameWord(m[1]) && !taken(s, e)) out.push({ text: m[1], start: s, end: e, role: 'of', kind: 'name', source: 'person.possessive' });
  }
  // "is megan free at 3", "when's adele available", "are megan and lee busy": whose time is asked about.
  const hasFree = text.includes('free') || text.includes('available') || text.includes('busy');
  // The second may be the user ("when are megan and i free"), who is no name.
  const asked = /\b(?:is|are|when'?s|when\s+is|when\s+are)\s+([a-z][a-z-]+)(?:\s+and\s+([a-z][a-z-]*))?\s+(?:free|available|busy)\b/dgi;
  while (hasFree && (m = asked.exec(text)) !== null) {
    for (const g of [1, 2]) {
      const at = m.indices?.[g];
      if (at === undefined) continue;
      const name = m[g];
      if (isNameWord(name) && !/ing$/i.test(name) && !taken(at[0], at[1])) out.push({ text: name, start: at[0], end: at[1], role: 'of', kind: 'name', source: 'person.freeAsked' });
    }
  }
  // "is lynne coming to the offsite", "will adele be at the standup": whose coming to a meeting is asked about.
  const hasComing = ATTENDING_GATE.mayMatch(text)[0] === 1;
  while (hasComing && (m = ATTENDING.exec(text)) !== null) {
    for (const g of [1, 2]) {
      const at = m.indices?.[g];
      if (at === undefined) continue;
      const name = m[g];
      if (isNameWord(name) && !/(?:ing|ed)$/i.test(name) && !taken(at[0], at[1])) out.push({ text: name, start: at[0], end: at[1], role: 'of', kind: 'name', source: 'person.attendingAsked' });
    }
  }
  // "does 3 work for adele on friday", "is 2pm ok for lynne tomorrow": whom a time is asked to suit.
  const suits = SUITS.test(text) ? SUITS_FOR.exec(text) : null;
  const suitsAt = suits?.indices?.[1];
  if (suits && suitsAt && isNameWord(suits[1]) && !taken(suitsAt[0], suitsAt[1])) out.push({ text: suits[1], start: suitsAt[0], end: suitsAt[1], role: 'with', kind: 'name', source: 'person.suits' });
  // "send megan a message", "give lee a call", "send lynne the agenda": who gets it, before what is sent.
  const given = GIVEN;
  given.lastIndex = 0;
  const mayBeGiven = GIVEN_GATE.mayMatch(text)[0] === 1;
  while (mayBeGiven && (m = given.exec(text)) !== null) {
    const g = m[1] !== undefined ? 1 : 2;
    const at = m.indices?.[g];
    if (at !== undefined && isNameWord(m[g]) && !taken(at[0], at[1])) out.push({ text: m[g], start: at[0], end: at[1], role: 'to', kind: 'name', source: 'person.given' });
  }
  // Capitalised words in mixed-case text are names wherever they stand.
  if (/[A-Z]/.test(text) && /[a-z]/.test(text) && text !== text.toUpperCase()) {
    const cap = /(?<![.!?]\s|^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/g;
    while ((m = cap.exec(text)) !== null) {
      const words = m[1].split(/\s+/);
      // "the Rainier room", "the Seattle office", "my Projects folder": a place's or a folder's name.
      if (matchAt(NOT_A_NAME_AFTER_AT, text, m.index + m[1].length) !== null) continue;
      if (words.every((w) => isNameWord(w)) && !taken(m.index, m.index + m[1].length)) {
        out.push({ text: m[1], start: m.index, end: m.index + m[1].length, role: 'mention', kind: 'name', source: 'person.capitalised' });
      }
    }
  }
  return out.length < 2 ? out : out.sort(byStart);
}

/**
 * Whether a time suits someone, asked ("does 3pm friday work for megan", "is 2pm ok for lynne"):
 * how the question starts and the words before whom. Read here for the person, by the intent
 * rules for the question and by the time finder for a bare hour ("does 3 work for adele").
 */
export const SUITS_LEAD = String.raw`^\s*(?:does|would|will|is)\s+`;
export const SUITS_WORDS = String.raw`(?:(?:work|ok|okay|good|fine)\s+(?:for|with)|suits?(?:\s+(?:for|with))?)`;
/** A time said soon after the lead: a clock time, a day or a part of one ("does friday work for megan"). */
export const SUITS_TIME = String.raw`(?=.{0,30}(?:\d|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|morning|afternoon|evening)\b))`;
const SUITS = new RegExp(String.raw`${SUITS_LEAD}${SUITS_TIME}`, 'i');
/** The one it is to suit, when not the user ("for megan"; not "for me", "for you", "for us", "for everyone"). */
const SUITS_FOR = new RegExp(String.raw`\b${SUITS_WORDS}\s+(?!(?:me|you|us|everyone|everybody|all|the|a|an)\b)([a-z][a-z-]*)\b`, 'di');

/**
 * Someone's coming to a meeting, as asked about after their name ("is lynne coming to", "will
 * adele be at", "is megan joining"): read here for the name, by the intent rules for the
 * question and by the resolver for the meeting.
 */
export const COMING_TO = String.raw`(?:(?:be\s+)?(?:coming\s+to|going\s+to|attending|joining)|be\s+(?:at|in))`;
/** Whose coming to a meeting is asked about: "is lynne coming to", "will adele and lee be at", "is megan joining the standup", "will adele be there". */
const ATTENDING = new RegExp(String.raw`\b(?:is|are|will)\s+([a-z][a-z-]+)(?:\s+and\s+([a-z][a-z-]*))?\s+(?:${COMING_TO}|be\s+there)\b`, 'dgi');
const ATTENDING_GATE = new RegexGate([ATTENDING], false, MESSAGE_GATES);

/** A word after a capitalised name that makes it a place's or a folder's ("the Rainier room", "the Projects calendar"). */
const NOT_A_NAME_AFTER_AT = /\s+(?:(?:conference|meeting)\s+)?(?:room|rm|boardroom|office|building|hall|campus|folder|calendar)\b/iy;

function byStart(a: PersonMatch, b: PersonMatch): number {
  return a.start - b.start;
}
