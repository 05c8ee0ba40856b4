/**
 * Which of many regular expressions can possibly match a text, decided in one pass
 * over it. Each pattern's source is read once for the literal strings no match can do
 * without ("\bmeet with\b.{0,9}\b(today|now)" needs "meet with" and one of "today",
 * "now"); a pattern none of whose alternatives occur in the text is certainly not
 * matched, so its real test can be skipped. The reader also notes where a literal must
 * start or end a word or follow only blanks ("\b", "^\s*", "$"), and spells optional
 * characters and groups of plain strings out ("e-?mail", "(my|the) calendar"), so that
 * common short words ("my", "what") rule out more. Only a necessary condition is
 * derived: whatever the reader does not understand (a character class it cannot list,
 * an escape, a look-around) requires nothing, so a pattern it cannot read is always
 * tested.
 *
 * Most messages mention a handful of the phrases the recogniser knows; testing the
 * other patterns against them is where the time went.
 */

/** Every match contains, for each factor, at least one of its strings; [] requires nothing. */
export type LiteralRequirement = string[][];

const MAX_CLASS_SIZE = 12;

interface Quantifier {
  min: number;
  max: number;
}

/**
 * How many spellings a run of literal characters may fork into ("e-?mail" is "email" or
 * "e-mail", "(my|the) calendar" two strings) before it is cut there.
 */
const MAX_VARIANTS = 16;

/**
 * Marks on a literal, read from the assertions around it: WORD_EDGE before it, that it
 * starts a word (no letter, digit or "_" before it); after it, that it ends one.
 * LINE_START before it, that only white space comes before it in the text ("^\s*").
 * The gate checks a marked literal's neighbours where it finds it; a marked literal
 * found elsewhere does not count. Within the reader and the group's keys the marks are
 * characters of the literal (control characters, which the reader never takes from a
 * pattern), taken off before the automaton sees it. What `literalRequirement` hands out has none.
 */
const WORD_EDGE = '\u0001';
const LINE_START = '\u0002';

/** `lit` where it ends a word (no letter, digit or "_" after it), for a written requirement (see RegexGate). */
export function wordEnding(lit: string): string {
  return lit + WORD_EDGE;
}

type Atom =
  | { kind: 'char'; ch: string }
  /** `blankEnd`: whatever it matches ends with a character that is not part of a word. */
  | { kind: 'node'; req: LiteralRequirement; blankEnd?: boolean }
  /** A white-space class ("\s"): after "^" or "\b" it keeps the mark for what follows. */
  | { kind: 'space' }
  | { kind: 'assert'; what: '^' | '$' | 'b' | 'other' };

class SourceReader {
  private pos = 0;

  constructor(
    private readonly src: string,
    /** Case-insensitive: literals are ASCII lower case and compared with ASCII folding. */
    private readonly fold: boolean,
    private readonly unicode: boolean,
    /** "^" and "$" also match at line breaks. */
    private readonly multiline: boolean,
  ) {}

  read(): LiteralRequirement {
    const req = this.alternation();
    // Anything left unread (a stray ")") means the reader did not follow the pattern.
    return this.pos === this.src.length ? req : [];
  }

  /**
   * `lead`: the mark that holds before each branch (the group follows "\b" or "^");
   * `trail`: each branch is followed by a word edge (the group is followed by "\b" or "$").
   */
  private alternation(lead = '', trail = false): LiteralRequirement {
    const branches = [this.sequence(lead, trail)];
    let blankEnd = this.blankEnd;
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence(lead, trail));
      blankEnd &&= this.blankEnd;
    }
    this.blankEnd = blankEnd;
    if (branches.length === 1) return branches[0];
    if (branches.some((b) => b.length === 0)) return [];
    return eitherOf(branches);
  }

  /** Whether the last sequence or alternation read ends with a character not part of a word. */
  private blankEnd = false;

  private sequence(lead: string, trail: boolean): LiteralRequirement {
    const factors: LiteralRequirement = [];
    // The spellings of the run of literal characters being read ([]: none yet).
    let runs: string[] = [];
    // The mark that holds before the next character read ('' when none).
    let pending = lead;
    // The last character read is surely not part of a word (so the next may start one).
    let blankBefore = false;
    const blankLast = (o: string): boolean => o.length > 0 && !isWordChar(o.charCodeAt(o.length - 1));
    const flush = (): void => {
      const lits = runs.map(settleMarks);
      // A spelling of marks only (all its characters optional) requires nothing.
      if (lits.length > 0 && !lits.includes('')) factors.push(lits);
      runs = [];
    };
    // Each spelling continues with one of `options`.
    const extend = (options: string[]): void => {
      if (runs.length * options.length > MAX_VARIANTS) {
        // Cut here; what follows starts a word if every spelling so far ends with a blank
        // or is a mark with nothing after it.
        const edge = runs.every((r) => r === WORD_EDGE || r === LINE_START || blankLast(r));
        flush();
        pending = edge ? WORD_EDGE : '';
      }
      if (runs.length === 0) runs = [pending];
      pending = '';
      runs = runs.flatMap((r) => options.map((o) => r + o));
      const before = blankBefore;
      blankBefore = options.every((o) => (o === '' ? before : blankLast(o)));
    };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const options = this.src[this.pos] === '(' ? this.literalGroup() : undefined;
      if (options !== undefined) {
        extend(options);
        continue;
      }
      const atom = this.src[this.pos] === '(' ? this.markedGroup(pending) : this.atom();
      const q = this.quantifier();
      if (atom.kind === 'char') {
        if (q === undefined) {
          extend([atom.ch]);
        } else if (q.min === 0 && q.max === 1) {
          extend(['', atom.ch]);
        } else if (q.min >= 1) {
          // Once for sure; what repeats after it is not part of the same run.
          extend([atom.ch]);
          flush();
        } else {
          flush();
          pending = '';
          blankBefore &&= blankLast(atom.ch);
        }
      } else if (atom.kind === 'assert') {
        if (atom.what === 'b' || atom.what === '$') {
          // What was read ends a word (a mark after a non-word character is dropped).
          runs = runs.map((r) => r + WORD_EDGE);
          flush();
          pending = atom.what === 'b' ? WORD_EDGE : '';
        } else {
          flush();
          pending = atom.what === '^' ? (this.multiline ? WORD_EDGE : LINE_START) : '';
        }
        if (q !== undefined) pending = '';
      } else if (atom.kind === 'space') {
        flush();
        // Blanks before a character make it start a word; none at all keep the mark there was.
        if (q === undefined || q.min >= 1) {
          pending = pending === LINE_START ? LINE_START : WORD_EDGE;
          blankBefore = true;
        }
      } else {
        flush();
        const once = q === undefined || q.min >= 1;
        // A group that ends with a blank ("(please |can you )*") leaves the next character
        // starting a word: after its last round, or, with none, where a mark or a blank already did.
        const blank = atom.kind === 'node' && atom.blankEnd === true;
        const edge = blank && (once || blankBefore || pending !== '');
        blankBefore = blank && (once || blankBefore);
        pending = edge ? WORD_EDGE : '';
        if (atom.kind === 'node' && once) factors.push(...atom.req);
      }
    }
    if (trail) runs = runs.map((r) => r + WORD_EDGE);
    flush();
    this.blankEnd = blankBefore;
    return factors;
  }

  /**
   * A group of plain strings ("(my|the)", "( there)?"), as the strings it matches ('' too
   * when optional); the reader then stays after it. Otherwise undefined, and it stays put.
   */
  private literalGroup(): string[] | undefined {
    const start = this.pos;
    this.pos += this.src.startsWith('(?:', start) ? 3 : 1;
    // The spellings of the branches read so far, and of the one being read.
    const options: string[] = [];
    let branch = [''];
    let pure = this.src[start + 1] !== '?' || this.src.startsWith('(?:', start);
    while (pure && this.pos < this.src.length && this.src[this.pos] !== ')') {
      if (this.src[this.pos] === '|') {
        this.pos++;
        options.push(...branch);
        branch = [''];
        continue;
      }
      const c = this.src[this.pos];
      const atom = c === '(' || c === '[' ? undefined : this.atom();
      const next = this.src[this.pos] ?? '';
      if (atom === undefined || atom.kind !== 'char' || '*+{'.includes(next)) {
        pure = false;
      } else if (next === '?') {
        // An optional character ("e-?mail").
        this.pos++;
        if (this.src[this.pos] === '?') pure = false;
        branch = branch.flatMap((b) => [b, b + atom.ch]);
      } else {
        branch = branch.map((b) => b + atom.ch);
      }
      if (branch.length > MAX_VARIANTS) pure = false;
    }
    options.push(...branch);
    if (pure && this.src[this.pos] === ')') {
      this.pos++;
      const q = this.quantifier();
      if (q === undefined || (q.min === 0 && q.max === 1)) {
        if (q !== undefined) options.push('');
        if (options.length <= MAX_VARIANTS) return [...new Set(options)];
      }
    }
    this.pos = start;
    return undefined;
  }

  /**
   * A group whose branches begin with the mark `lead`; when "\b" or "$" follows it right
   * after its ")", it is read a second time with a word edge after each branch.
   */
  private markedGroup(lead: string): Atom {
    const start = this.pos;
    const atom = this.group(lead);
    const end = this.pos;
    const edge = (this.src[end] === '\\' && this.src[end + 1] === 'b') || this.src[end] === '$';
    if (atom.kind !== 'node' || !edge) return atom;
    this.pos = start;
    const marked = this.group(lead, true);
    this.pos = end;
    return marked;
  }

  private quantifier(): Quantifier | undefined {
    const c = this.src[this.pos];
    let q: Quantifier | undefined;
    if (c === '?' || c === '*') {
      q = { min: 0, max: c === '?' ? 1 : Infinity };
      this.pos++;
    } else if (c === '+') {
      q = { min: 1, max: Infinity };
      this.pos++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return undefined;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
      this.pos += m[0].length;
    }
    if (q !== undefined && this.src[this.pos] === '?') this.pos++;
    return q;
  }

  private atom(): Atom {
    const c = this.src[this.pos];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.pos++;
    if (c === '.') return { kind: 'node', req: [] };
    if (c === '^' || c === '$') return { kind: 'assert', what: c };
    return this.literal(c);
  }

  private literal(c: string): Atom {
    const code = c.charCodeAt(0);
    // Non-ASCII characters are left out: case folding and surrogate pairs make them
    // more than one code unit's question. Control characters too: two of them are marks.
    if (code > 0x7e || code < 0x20) return { kind: 'node', req: [] };
    return { kind: 'char', ch: this.fold ? c.toLowerCase() : c };
  }

  private group(lead = '', trail = false): Atom {
    const rest = this.src.slice(this.pos, this.pos + 4);
    let lookaround = false;
    if (rest.startsWith('(?:')) {
      this.pos += 3;
    } else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.pos += 3;
      lookaround = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.pos += 4;
      lookaround = true;
    } else if (rest.startsWith('(?<')) {
      const end = this.src.indexOf('>', this.pos);
      if (end < 0) return this.giveUp();
      this.pos = end + 1;
    } else if (rest.startsWith('(?')) {
      return this.giveUp();
    } else {
      this.pos += 1;
    }
    const inner = lookaround ? this.alternation() : this.alternation(lead, trail);
    if (this.src[this.pos] !== ')') return this.giveUp();
    this.pos++;
    return lookaround ? { kind: 'assert', what: 'other' } : { kind: 'node', req: inner, blankEnd: this.blankEnd };
  }

  private escape(): Atom {
    const n = this.src[this.pos + 1];
    this.pos += 2;
    if (n === undefined) return this.giveUp();
    if (n === 'b') return { kind: 'assert', what: 'b' };
    if (n === 'B') return { kind: 'assert', what: 'other' };
    if (n === 's') return { kind: 'space' };
    if (n === 'd') return { kind: 'node', req: [DIGITS] };
    if (/[1-9]/.test(n)) {
      while (/[0-9]/.test(this.src[this.pos] ?? '')) this.pos++;
      return { kind: 'node', req: [] };
    }
    if (n === 'k' && this.src[this.pos] === '<') {
      const end = this.src.indexOf('>', this.pos);
      if (end < 0) return this.giveUp();
      this.pos = end + 1;
      return { kind: 'node', req: [] };
    }
    if ((n === 'p' || n === 'P') && this.unicode && this.src[this.pos] === '{') {
      const end = this.src.indexOf('}', this.pos);
      if (end < 0) return this.giveUp();
      this.pos = end + 1;
      return { kind: 'node', req: [] };
    }
    if (n === 'x' || n === 'u' || n === 'c') {
      // The escaped character itself is not read; the next atom starts after it.
      const m = /^(?:[0-9a-fA-F]{2,4}|\{[0-9a-fA-F]+\}|[A-Za-z])/.exec(this.src.slice(this.pos));
      if (m) this.pos += m[0].length;
      return { kind: 'node', req: [] };
    }
    // Letters and digits escape to classes or control characters; punctuation to itself.
    if (/[A-Za-z0-9]/.test(n)) return { kind: 'node', req: [] };
    return this.literal(n);
  }

  private charClass(): Atom {
    this.pos++;
    let negated = false;
    if (this.src[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const chars = new Set<string>();
    let listable = !negated;
    // In JavaScript "]" always closes a class ("[]" is the empty class).
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      let c = this.src[this.pos];
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        this.pos += 2;
        if (n === 'd') {
          for (const d of DIGITS) chars.add(d);
          continue;
        }
        if (n === undefined || /[A-Za-z0-9]/.test(n)) {
          // \w, \s, \b (backspace), \x41...: not listed; skip a hex or unicode payload.
          const m = /^(?:[0-9a-fA-F]{2,4}|\{[0-9a-fA-F]+\}|\{[^}]*\})/.exec(this.src.slice(this.pos));
          if (m && n !== undefined && /[xup]/i.test(n)) this.pos += m[0].length;
          listable = false;
          continue;
        }
        c = n;
      } else {
        this.pos++;
      }
      // A range "a-z" (a "-" before "]" is itself).
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== undefined && this.src[this.pos + 1] !== ']') {
        let hi = this.src[this.pos + 1];
        this.pos += 2;
        if (hi === '\\') {
          hi = this.src[this.pos] ?? '';
          this.pos++;
          if (/[A-Za-z0-9]/.test(hi)) listable = false;
        }
        const from = c.charCodeAt(0);
        const to = hi.charCodeAt(0);
        if (!(to >= from) || to - from > 40) {
          listable = false;
          continue;
        }
        for (let k = from; k <= to; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      chars.add(c);
    }
    if (this.src[this.pos] !== ']') return this.giveUp();
    this.pos++;
    if (!listable || chars.size === 0) return { kind: 'node', req: [] };
    const folded = new Set<string>();
    for (const ch of chars) {
      if (ch.charCodeAt(0) > 0x7e || ch.charCodeAt(0) < 0x20) return { kind: 'node', req: [] };
      folded.add(this.fold ? ch.toLowerCase() : ch);
    }
    if (folded.size === 1) return { kind: 'char', ch: [...folded][0] };
    return folded.size <= MAX_CLASS_SIZE ? { kind: 'node', req: [[...folded]] } : { kind: 'node', req: [] };
  }

  /** Stops reading: the rest of the pattern is not understood, so nothing is required. */
  private giveUp(): Atom {
    this.pos = this.src.length + 1;
    return { kind: 'node', req: [] };
  }
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Takes marks off where they say nothing: a word edge next to a character that is not a
 * letter, digit or "_" (the edge is then on its other side). A literal of marks only is ''.
 */
function settleMarks(run: string): string {
  let lit = run;
  if (lit.startsWith(WORD_EDGE) && !isWordChar(lit.charCodeAt(1))) lit = lit.slice(1);
  if (lit.endsWith(WORD_EDGE) && !isWordChar(lit.charCodeAt(lit.length - 2))) lit = lit.slice(0, -1);
  return unmarked(lit).length > 0 ? lit : '';
}

function unmarked(lit: string): string {
  let s = lit;
  if (s.startsWith(WORD_EDGE) || s.startsWith(LINE_START)) s = s.slice(1);
  if (s.endsWith(WORD_EDGE)) s = s.slice(0, -1);
  return s;
}

/**
 * Longest literal looked for. A longer one is cut to its beginning, which it surely
 * contains: past a few characters a literal hardly rules out more, and every character
 * is a state of the automaton (and bytes in the caches) more.
 */
const MAX_LITERAL = 10;

function clipped(lit: string): string {
  const lead = lit.startsWith(WORD_EDGE) || lit.startsWith(LINE_START) ? 1 : 0;
  return unmarked(lit).length > MAX_LITERAL ? lit.slice(0, lead + MAX_LITERAL) : lit;
}

/** 1 for the ASCII characters "\b" counts as part of a word. */
const WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (isWordChar(c) ? 1 : 0));

/** A character "\b" counts as part of a word (ASCII: no gate reads a pattern with both "i" and "u"). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** How unlikely a literal is by chance: its length, and a little more for each mark. */
function rarity(lit: string): number {
  const s = unmarked(lit);
  return s.length + (lit.startsWith(LINE_START) ? 3 : lit.startsWith(WORD_EDGE) ? 1 : 0) + (lit.length > s.length + (lit.startsWith(WORD_EDGE) || lit.startsWith(LINE_START) ? 1 : 0) ? 1 : 0);
}

/** Most factors a choice of alternatives is required as (see `eitherOf`). */
const MAX_PRODUCT = 8;

/**
 * What a match of one of several alternatives surely contains. One branch matches, so
 * for any choice of one factor per branch, one of the chosen factors is there: each
 * choice is a factor of the whole. The choices are made among each branch's strongest
 * factors, as many as keep the number of factors at MAX_PRODUCT or below.
 */
function eitherOf(branches: LiteralRequirement[]): LiteralRequirement {
  const ranked = branches.map((b) => [...b].sort((x, y) => strength(y) - strength(x)));
  const taken = ranked.map(() => 1);
  // Widen the branches whose best factor is weakest first: the union is as weak as its weakest part.
  const order = ranked.map((_, i) => i).sort((a, b) => strength(ranked[a][0]) - strength(ranked[b][0]));
  let product = 1;
  for (const i of order) {
    const more = Math.min(ranked[i].length, Math.floor(MAX_PRODUCT / product));
    if (more < 2) continue;
    product = (product / taken[i]) * more;
    taken[i] = more;
  }
  let choices: string[][] = [[]];
  ranked.forEach((b, i) => {
    choices = choices.flatMap((c) => b.slice(0, taken[i]).map((f) => [...c, ...f]));
  });
  return choices.map(prune);
}

/** How unlikely a factor is by chance: its least rare string, then fewer strings. */
function strength(factor: string[]): number {
  return Math.min(...factor.map(rarity)) - factor.length / 1000;
}

/** A string that contains another of the same factor adds nothing to it. */
function prune(factor: string[]): string[] {
  const unique = [...new Set(factor)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of unique) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** Most strings `wordAlternatives` spells out for one pattern. */
const MAX_ALTERNATIVES = 64;

/**
 * The strings a pattern of the form `\b(...)\b` matches, when that is all it is: words,
 * blanks, hyphens and apostrophes, groups of alternatives, optional characters or groups
 * ("\b(lights?|lamp|(sign|log) me in)\b"), no flags, each string beginning and ending with
 * a letter. Such a pattern matches exactly where one of the strings stands with no letter,
 * digit or "_" on either side, which a gate can see for itself. Undefined for any other.
 */
export function wordAlternatives(re: RegExp): string[] | undefined {
  const inner = re.flags === '' ? /^\\b\((?:\?:)?(.*)\)\\b$/.exec(re.source)?.[1] : undefined;
  if (inner === undefined) return undefined;
  let pos = 0;
  // alternatives := sequence ('|' sequence)*; sequence := (atom '?'?)*; atom := [a-z' -] | '(' '?:'? alternatives ')'
  const alternatives = (): string[] | undefined => {
    const out: string[] = [];
    for (;;) {
      const seq = sequence();
      if (seq === undefined) return undefined;
      out.push(...seq);
      if (inner[pos] !== '|') return out.length <= MAX_ALTERNATIVES ? out : undefined;
      pos++;
    }
  };
  const sequence = (): string[] | undefined => {
    let out = [''];
    while (pos < inner.length && inner[pos] !== '|' && inner[pos] !== ')') {
      let atom: string[] | undefined;
      if (inner[pos] === '(') {
        pos += inner.startsWith('(?:', pos) ? 3 : 1;
        atom = alternatives();
        if (atom === undefined || inner[pos] !== ')') return undefined;
        pos++;
      } else if (/[a-z' -]/.test(inner[pos])) {
        atom = [inner[pos++]];
      } else {
        return undefined;
      }
      if (inner[pos] === '?') {
        pos++;
        atom = [...atom, ''];
      }
      const next: string[] = [];
      for (const head of out) for (const tail of atom) next.push(head + tail);
      if (next.length > MAX_ALTERNATIVES) return undefined;
      out = next;
    }
    return out;
  };
  const strings = alternatives();
  if (strings === undefined || pos !== inner.length) return undefined;
  return strings.every((w) => /^[a-z](?:.*[a-z])?$/.test(w)) ? [...new Set(strings)] : undefined;
}

/** What any match of `re` must contain; [] when nothing is known. */
export function literalRequirement(re: RegExp): LiteralRequirement {
  return markedRequirement(re).map((f) => prune(f.map(unmarked)));
}

const ONE_LETTER = /^[a-z ]$/i;
const TWO_LETTERS = /^[a-z ']{2}$/i;

/**
 * Case-insensitive with "u": Unicode case folding makes some non-ASCII characters match
 * ASCII letters ("ſ" is "s", the Kelvin sign "k"), which the reader does not follow. Its
 * literals (all ASCII) still hold for a text of ASCII characters alone.
 */
function foldsUnicode(re: RegExp): boolean {
  return re.flags.includes('i') && re.flags.includes('u');
}

/**
 * `literalRequirement` with the marks on its literals (see WORD_EDGE). `asciiText`: what
 * every match in a text of ASCII characters contains (see `foldsUnicode`).
 */
function markedRequirement(re: RegExp, asciiText = false): LiteralRequirement {
  const fold = re.flags.includes('i');
  const unicode = re.flags.includes('u') || re.flags.includes('v');
  if ((foldsUnicode(re) && !asciiText) || re.flags.includes('v')) return [];
  const req = new SourceReader(re.source, fold, unicode, re.flags.includes('m')).read().map((f) => f.map(clipped));
  // A factor one letter or a blank satisfies holds in nearly every message: it only costs
  // time to look for. Leaving a factor out keeps the requirement necessary.
  const kept = req.map(prune).filter((f) => !f.some((lit) => ONE_LETTER.test(unmarked(lit))));
  // A factor two letters satisfy ("in", "to", " a") holds in most messages and is found
  // often (each find of a marked one is checked at its edges): it is left out too, unless it
  // is all the pattern has, when it still rules the pattern out of some messages.
  const longer = kept.filter((f) => !f.some((lit) => TWO_LETTERS.test(unmarked(lit))));
  return longer.length > 0 ? longer : kept;
}

/**
 * Trie depth up to which a state keeps a full row of transitions (the rest keep their own
 * edges). Depth 2 (about 240 rows, 21 KB for the message gates) keeps most steps of the
 * scan off the failure links: after a mismatch a deep state falls back to a short prefix,
 * and from there the next character is one look in a row instead of a walk along edges.
 */
const DENSE_DEPTH = 2;
/** Symbol of a capital letter in an automaton that gives way on one (see `stopAtCapital`). */
const CAPITAL = 255;
/** A deep state's `firstSym` when it has no child. */
const NO_CHILD = 254;
/** Entries per state in `info`, and their places. */
const INFO = 4;
const OUT_START = 0;
const FIRST_SYM = 1;
const FAIL = 2;
const EDGE_START = 3;
/** Marks of a literal in an automaton. */
const MARK_WORD_START = 1;
const MARK_WORD_END = 2;
const MARK_LINE_START = 4;
/** Entries per marked literal in `markedInfo`. */
const MARKED = 3;

/**
 * Every character "\s" matches answers true (and some others: only a "no" is a proof).
 * Above U+167F the white-space characters are scattered, and a message rarely has any
 * character there before its first word.
 */
export function mayBeSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c >= 0x1680;
}

/** Nothing but (what may be) white space comes before `start` in `text`. */
function onlySpaceBefore(text: string, start: number): boolean {
  for (let j = start - 1; j >= 0; j--) if (!mayBeSpace(text.charCodeAt(j))) return false;
  return true;
}

/** `scan`'s answer when it stopped at a capital letter. */
const STOPPED_AT_CAPITAL = -1;

/**
 * Finds every occurrence of many literals in one pass (Aho-Corasick). The states near
 * the root, which nearly every character of a message passes through, keep a full row
 * of transitions over the characters the literals use. A deeper state (a longer prefix
 * of some literal) keeps only its own trie edges and its failure link: a character
 * without an edge there moves as it would from the failure state, which is shallower.
 * That is the same automaton as a full table, in a tenth of the memory: a full table
 * spread each message's few hundred bytes of transitions over 250 KB, which the rest of
 * the recogniser pushes out of the caches between messages. The deep states are
 * numbered in depth-first order, so a deep state's first child is the next state: most
 * steps inside a literal are one number compared (its first child's symbol) and the state
 * number plus one. What a step reads of a state (its outputs, first child, failure link,
 * other edges) lies together in `info`, and neighbouring states side by side, so a step
 * touches one cache line where separate tables would touch four.
 */
class LiteralAutomaton {
  /** The literals without their marks; `marks` holds them (MARK_* bits). */
  private readonly literals: string[] = [];
  private readonly marks: number[] = [];
  /** Per literal, what reports its occurrence (the gate's factors it satisfies). */
  private readonly payloads: number[][] = [];
  /** ASCII code -> symbol (0: a character no literal contains). */
  private readonly symbol = new Uint8Array(128);
  private symbols = 1;
  /** States 0..dense-1 (the root first): a full row each, `symbols` wide, of next state * 2 + 1 if it has outputs. */
  private dense = 1;
  private rows: Uint16Array | Int32Array = new Uint16Array(0);
  /**
   * Per state q, at q * INFO: its outputs' start in `outIds` (they end where state q + 1's
   * start); for a deep state, the symbol of its first child q + 1 (NO_CHILD if none), its
   * failure link, and the start of its other edges in `edgeSym`/`edgeTo` (they end where
   * state q + 1's start). One more entry closes the last state's lists.
   */
  private info: Uint16Array | Int32Array = new Uint16Array(INFO);
  private edgeSym = new Uint8Array(0);
  private edgeTo: Uint16Array | Int32Array = new Uint16Array(0);
  private outIds: Uint16Array | Int32Array = new Uint16Array(0);
  /** Outputs from this number on are marked literals, not factors. */
  private markedBase = 0;
  /** Per marked literal, at k * MARKED: its length, marks and first factor in `markedFactors`. */
  private markedInfo = new Int32Array(MARKED);
  private markedFactors = new Int32Array(0);

  /**
   * `stopAtCapital`: the scan gives up at the first capital ASCII letter, for an
   * automaton that only answers for texts without one.
   */
  constructor(
    private readonly fold: boolean,
    private readonly stopAtCapital = false,
  ) {}

  /** `lit` may carry marks (see WORD_EDGE): then it counts only where they hold. */
  add(lit: string, payload: number[]): void {
    let m = 0;
    if (lit.startsWith(WORD_EDGE)) m |= MARK_WORD_START;
    if (lit.startsWith(LINE_START)) m |= MARK_LINE_START;
    if (lit.endsWith(WORD_EDGE) && lit.length > 1) m |= MARK_WORD_END;
    this.literals.push(unmarked(lit));
    this.marks.push(m);
    this.payloads.push(payload);
  }

  get size(): number {
    return this.literals.length;
  }

  /** Builds the automaton once every literal is added. */
  seal(): void {
    // A literal added more than once with the same marks (in the automaton for texts without
    // capitals, a word's caseless and exact spellings) is one literal reporting every
    // payload: one output to visit and one check of its marks where it is found.
    const literals: string[] = [];
    const marks: number[] = [];
    const payloads: number[][] = [];
    const placeOf = new Map<string, number>();
    this.literals.forEach((lit, i) => {
      const key = `${this.marks[i]}:${lit}`;
      const at = placeOf.get(key);
      if (at !== undefined) {
        payloads[at].push(...this.payloads[i]);
        return;
      }
      placeOf.set(key, literals.length);
      literals.push(lit);
      marks.push(this.marks[i]);
      payloads.push([...this.payloads[i]]);
    });
    this.symbol.fill(0);
    this.symbols = 1;
    for (const lit of literals) {
      for (let k = 0; k < lit.length; k++) {
        const c = lit.charCodeAt(k);
        if (this.symbol[c] === 0) this.symbol[c] = this.symbols++;
      }
    }
    if (this.fold) for (let c = 65; c <= 90; c++) this.symbol[c] = this.symbol[c + 32];
    if (this.stopAtCapital) for (let c = 65; c <= 90; c++) this.symbol[c] = CAPITAL;
    const S = this.symbols;
    // Output numbers from markedBase on are marked literals (by their place in `marked`).
    const marked: number[] = [];
    literals.forEach((_, i) => {
      if (marks[i] !== 0) marked.push(i);
    });
    let markedBase = 0;
    for (const p of payloads) for (const f of p) markedBase = Math.max(markedBase, f + 1);
    const markedFactors: number[] = [];
    const markedInfo: number[] = [];
    for (const i of marked) {
      markedInfo.push(literals[i].length, marks[i], markedFactors.length);
      markedFactors.push(...payloads[i]);
    }
    markedInfo.push(0, 0, markedFactors.length);
    // The trie, as a growing transition table (-1: no edge yet), with each state's edges
    // also listed in the order they were made.
    const next: number[] = new Array<number>(S).fill(-1);
    const ends: number[][] = [[]];
    const edges: Array<Array<[number, number]>> = [[]];
    const depth: number[] = [0];
    literals.forEach((lit, i) => {
      let state = 0;
      for (let k = 0; k < lit.length; k++) {
        const sym = this.symbol[lit.charCodeAt(k)];
        let to = next[state * S + sym];
        if (to === -1) {
          to = ends.length;
          ends.push([]);
          edges.push([]);
          depth.push(depth[state] + 1);
          for (let q = 0; q < S; q++) next.push(-1);
          next[state * S + sym] = to;
          edges[state].push([sym, to]);
        }
        state = to;
      }
      // An unmarked literal's occurrence stands for its factors; a marked one's for
      // itself, to be checked where it is found.
      if (marks[i] === 0) ends[state].push(...payloads[i]);
      else ends[state].push(markedBase + marked.indexOf(i));
    });
    // Breadth first: failure links complete the table and carry the outputs along.
    const states = ends.length;
    const fail = new Int32Array(states);
    const outputs: number[][] = ends.map((e) => [...e]);
    const queue: number[] = [];
    for (let sym = 0; sym < S; sym++) {
      const to = next[sym];
      if (to === -1) {
        next[sym] = 0;
      } else {
        fail[to] = 0;
        queue.push(to);
      }
    }
    for (let h = 0; h < queue.length; h++) {
      const state = queue[h];
      outputs[state].push(...outputs[fail[state]].filter((id) => !outputs[state].includes(id)));
      for (let sym = 0; sym < S; sym++) {
        const to = next[state * S + sym];
        if (to === -1) {
          next[state * S + sym] = next[fail[state] * S + sym];
        } else {
          fail[to] = next[fail[state] * S + sym];
          queue.push(to);
        }
      }
    }
    // New numbers: the shallow states in breadth-first order, then the deep ones depth first.
    const order: number[] = [0, ...queue.filter((q) => depth[q] <= DENSE_DEPTH)];
    const dense = order.length;
    const visit = (q: number): void => {
      if (depth[q] > DENSE_DEPTH) order.push(q);
      for (const [, to] of edges[q]) visit(to);
    };
    visit(0);
    const renumber = new Int32Array(states);
    order.forEach((q, n) => (renumber[q] = n));
    const wide = states >= 32768;
    // A row's entry is the next state times two, plus one when that state has outputs: a step
    // from a shallow state to one without any (most steps) then reads nothing more.
    const rows = new Array<number>(dense * S);
    for (let n = 0; n < dense; n++) {
      for (let sym = 0; sym < S; sym++) {
        const to = next[order[n] * S + sym];
        rows[n * S + sym] = renumber[to] * 2 + (outputs[to].length > 0 ? 1 : 0);
      }
    }
    const info = new Array<number>((states + 1) * INFO).fill(0);
    const edgeSym: number[] = [];
    const edgeTo: number[] = [];
    const outIds: number[] = [];
    for (let n = 0; n < states; n++) {
      const q = order[n];
      info[n * INFO + OUT_START] = outIds.length;
      // Factors first, then marked literals: the scan hands the rest of the list over at the first marked one.
      outIds.push(...[...outputs[q]].sort((a, b) => a - b));
      info[n * INFO + FIRST_SYM] = NO_CHILD;
      info[n * INFO + EDGE_START] = edgeSym.length;
      if (n < dense) continue;
      // The first child visited is numbered next (see `visit`).
      if (edges[q].length > 0) info[n * INFO + FIRST_SYM] = edges[q][0][0];
      info[n * INFO + FAIL] = renumber[fail[q]];
      for (const [sym, to] of edges[q].slice(1)) {
        edgeSym.push(sym);
        edgeTo.push(renumber[to]);
      }
    }
    info[states * INFO + OUT_START] = outIds.length;
    info[states * INFO + EDGE_START] = edgeSym.length;
    const small = (values: number[]): Uint16Array | Int32Array => (wide || values.some((v) => v >= 65536) ? Int32Array.from(values) : Uint16Array.from(values));
    this.dense = dense;
    this.rows = small(rows);
    this.info = small(info);
    this.edgeSym = Uint8Array.from(edgeSym);
    this.edgeTo = small(edgeTo);
    this.outIds = small(outIds);
    this.markedBase = markedBase;
    this.markedInfo = Int32Array.from(markedInfo);
    this.markedFactors = Int32Array.from(markedFactors);
  }

  /**
   * Sets `seen[p]` for the payload of every literal occurring in `text`, and counts each
   * newly seen one off its owner in `missing`. Returns 1 when the text is all ASCII, 0
   * when not, or STOPPED_AT_CAPITAL (then `seen` and `missing` are partly updated).
   */
  scan(text: string, seen: Uint8Array, owner: Int32Array, missing: Int32Array): number {
    const S = this.symbols;
    const dense = this.dense;
    const rows = this.rows;
    const info = this.info;
    const symbol = this.symbol;
    const outIds = this.outIds;
    const markedBase = this.markedBase;
    let ascii = 1;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let sym = 0;
      if (c < 128) {
        sym = symbol[c];
        if (sym === CAPITAL) return STOPPED_AT_CAPITAL;
      } else {
        ascii = 0;
      }
      if (state < dense) {
        const entry = rows[state * S + sym];
        state = entry >> 1;
        if ((entry & 1) === 0) continue;
      } else if (info[state * INFO + FIRST_SYM] === sym) state++;
      else state = this.follow(state, sym);
      const at = state * INFO + OUT_START;
      for (let j = info[at]; j < info[at + INFO]; j++) {
        const f = outIds[j];
        if (f >= markedBase) {
          this.markedFound(j, info[at + INFO], text, i, seen, owner, missing);
          break;
        }
        if (seen[f] === 0) {
          seen[f] = 1;
          missing[owner[f]]--;
        }
      }
    }
    return ascii;
  }

  /**
   * The marked literals outIds[from..to) end at `end` of `text`: the factors of those
   * whose marks hold there are found.
   */
  private markedFound(from: number, to: number, text: string, end: number, seen: Uint8Array, owner: Int32Array, missing: Int32Array): void {
    const markedInfo = this.markedInfo;
    const markedFactors = this.markedFactors;
    const next = end + 1 < text.length ? text.charCodeAt(end + 1) : 32;
    const wordAfter = next < 128 ? WORD_CHAR[next] : 0;
    for (let j = from; j < to; j++) {
      const at = (this.outIds[j] - this.markedBase) * MARKED;
      const marks = markedInfo[at + 1];
      const start = end - markedInfo[at] + 1;
      const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
      const wordBefore = prev < 128 ? WORD_CHAR[prev] : 0;
      if (((marks & MARK_WORD_START) !== 0 && wordBefore === 1) || ((marks & MARK_WORD_END) !== 0 && wordAfter === 1)) continue;
      if ((marks & MARK_LINE_START) !== 0 && !onlySpaceBefore(text, start)) continue;
      for (let k = markedInfo[at + 2]; k < markedInfo[at + MARKED + 2]; k++) {
        const g = markedFactors[k];
        if (seen[g] === 0) {
          seen[g] = 1;
          missing[owner[g]]--;
        }
      }
    }
  }

  /** The transition from a deep state: its own edge, or as from its failure state. */
  private follow(from: number, sym: number): number {
    const dense = this.dense;
    const info = this.info;
    let state = from;
    while (state >= dense) {
      const at = state * INFO;
      if (info[at + FIRST_SYM] === sym) return state + 1;
      for (let k = info[at + EDGE_START]; k < info[at + INFO + EDGE_START]; k++) if (this.edgeSym[k] === sym) return this.edgeTo[k];
      state = info[at + FAIL];
    }
    return this.rows[state * this.symbols + sym] >> 1;
  }
}

/** What one scan of a text found, for every gate of a group. */
export interface GroupScan {
  text: string | undefined;
  /** Per pattern of the group: factors not found (<= 0: every factor is there). */
  missing: Int32Array;
  factorHit: Uint8Array;
  ascii: boolean;
}

/** How many recent texts a group remembers: a message, its lower-cased and its rewritten copy. */
const GROUP_SCANS = 3;

/**
 * Gates that read the same messages and share one pass over each: the literals of all
 * their patterns go into one automaton, so a message is scanned once, not once per gate.
 * Gates join when built; the automaton is rebuilt at the next scan after one joins.
 */
export class GateGroup {
  private readonly exact = new LiteralAutomaton(false);
  private readonly folded = new LiteralAutomaton(true);
  /**
   * Both sets in one, for a text without capital ASCII letters (most messages): there a
   * caseless literal occurs exactly when its lower-case spelling does, and a literal
   * with a capital does not occur at all. One pass instead of two; it is tried first
   * and gives way at the first capital, so no separate pass looks for capitals.
   */
  private readonly uncapitalised = new LiteralAutomaton(false, true);
  /** Per literal (by case mode), the factors it satisfies. */
  private readonly factorsOf = new Map<string, number[]>();
  private readonly owner: number[] = [];
  private readonly counts: number[] = [];
  private factorCount = new Int32Array(0);
  private factorOwner = new Int32Array(0);
  private scans: GroupScan[] = [];
  private sealed = false;

  /** Adds a gate's patterns (their requirements, with the case mode of each); returns the first pattern's number. */
  join(reqs: Array<{ req: LiteralRequirement; fold: boolean }>): number {
    const base = this.counts.length;
    for (const { req, fold } of reqs) {
      const p = this.counts.length;
      this.counts.push(req.length);
      for (const factor of req) {
        const f = this.owner.length;
        this.owner.push(p);
        for (const lit of factor) {
          const key = `${fold ? 'i' : 'x'}${lit}`;
          let list = this.factorsOf.get(key);
          if (list === undefined) {
            list = [];
            this.factorsOf.set(key, list);
            (fold ? this.folded : this.exact).add(lit, list);
            if (fold || !/[A-Z]/.test(lit)) this.uncapitalised.add(lit, list);
          }
          list.push(f);
        }
      }
    }
    this.sealed = false;
    return base;
  }

  /** Which patterns of the group may match `text`; the result is reused by later scans. */
  scan(text: string): GroupScan {
    if (!this.sealed) this.seal();
    const scans = this.scans;
    for (let k = 0; k < scans.length; k++) if (scans[k].text === text) return scans[k];
    // The oldest scan's arrays take the new text.
    const s = scans.pop() as GroupScan;
    scans.unshift(s);
    s.text = text;
    s.missing.set(this.factorCount);
    s.factorHit.fill(0);
    const found = this.uncapitalised.scan(text, s.factorHit, this.factorOwner, s.missing);
    if (found !== STOPPED_AT_CAPITAL) {
      s.ascii = found === 1;
      return s;
    }
    // A capital letter: the exact and the caseless literals each in their own pass.
    s.missing.set(this.factorCount);
    s.factorHit.fill(0);
    const exact = this.exact.scan(text, s.factorHit, this.factorOwner, s.missing);
    this.folded.scan(text, s.factorHit, this.factorOwner, s.missing);
    s.ascii = exact === 1;
    return s;
  }

  private seal(): void {
    this.exact.seal();
    this.folded.seal();
    this.uncapitalised.seal();
    this.factorCount = Int32Array.from(this.counts);
    this.factorOwner = Int32Array.from(this.owner);
    this.scans = [];
    for (let k = 0; k < GROUP_SCANS; k++) {
      this.scans.push({ text: undefined, missing: new Int32Array(this.counts.length), factorHit: new Uint8Array(this.owner.length), ascii: true });
    }
    this.sealed = true;
  }
}

/** The gates over each incoming message (finders, time rules, intent rules, chrono's parsers). */
export const MESSAGE_GATES = new GateGroup();

/**
 * A set of patterns and the literal strings each needs. `mayMatch(text)` reports, per
 * pattern, whether its real test is worth running; a 0 is a proof that it fails.
 */
export class RegexGate {
  private readonly base: number;
  private readonly result: Uint8Array;
  private lastText: string | undefined;
  /** Per pattern, 1 when part of its requirement was written for ASCII texts only (see `written`). */
  private readonly asciiOnly: Uint8Array;

  /**
   * `caseless`: every pattern's literals are compared without case, for patterns that
   * run on a lower-cased copy of the text the gate is given (or with the "i" flag).
   * `group`: the gates sharing its scans (by default, a group of its own).
   * `written`: for a pattern whose source the reader cannot see into, factors its matches
   * are known to contain, written with `wordEnding` marks where they hold; they are proved
   * for texts of ASCII characters (white space, say, spelled as ASCII), so a text with
   * another character passes such a pattern (as it passes one with Unicode case folding).
   */
  constructor(
    patterns: readonly RegExp[],
    private readonly caseless = false,
    private readonly group: GateGroup = new GateGroup(),
    written: ReadonlyMap<RegExp, LiteralRequirement> = new Map(),
  ) {
    // A pattern with Unicode case folding is read for ASCII texts, as a written requirement is proved for them.
    this.asciiOnly = Uint8Array.from(patterns, (re) => (written.has(re) || foldsUnicode(re) ? 1 : 0));
    // Words alone are read exactly only where nothing else decides for the pattern (no case
    // folding, no written requirement that lets any non-ASCII text through).
    const words = patterns.map((re) => (caseless || written.has(re) ? undefined : wordAlternatives(re)));
    this.exact = Uint8Array.from(words, (w) => (w !== undefined ? 1 : 0));
    this.base = group.join(
      patterns.map((re, p) => {
        const fold = caseless || re.flags.includes('i');
        const req = [...markedRequirement(re, true), ...(written.get(re) ?? []).map((f) => prune(f.map(clipped)))];
        // A pattern of words alone: the words themselves, whole and edged, one factor that holds just where it matches.
        const exactWords = words[p];
        if (exactWords !== undefined) req.push(exactWords.map((w) => WORD_EDGE + w + WORD_EDGE));
        return { req: req.map((f) => (fold ? f.map((lit) => lit.toLowerCase()) : f)), fold };
      }),
    );
    this.result = new Uint8Array(patterns.length);
  }

  /**
   * Per pattern, 1 when it is words alone (see `wordAlternatives`): then `mayMatch`'s 1 is a
   * proof that it matches, as its 0 always is that it does not.
   */
  readonly exact: Uint8Array;

  /**
   * Per pattern (in the order given), 1 when it may match `text` and 0 when it cannot.
   * The array is reused by the next call.
   */
  mayMatch(text: string): Uint8Array {
    // Finders ask about the same message more than once in a row.
    if (text === this.lastText) return this.result;
    this.lastText = text;
    const scan = this.group.scan(text);
    // Lower-casing turns some non-ASCII letters into ASCII ones ("K" is "k"): then the
    // lower-cased copy may hold what the text does not, and nothing is ruled out.
    const all = this.caseless && !scan.ascii;
    const missing = scan.missing;
    const base = this.base;
    const result = this.result;
    for (let p = 0; p < result.length; p++) result[p] = all || missing[base + p] <= 0 ? 1 : 0;
    if (!scan.ascii) for (let p = 0; p < result.length; p++) result[p] |= this.asciiOnly[p];
    return result;
  }
}
