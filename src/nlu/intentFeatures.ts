/**
 * Features the intent model reads: words and word pairs, the first word (requests and
 * questions start differently), the phrase rules that fired, and what the entity
 * finders saw (a time, a person, an address). Rules as features let the model learn
 * how far to trust each rule rather than hand-tuning their weights.
 */
export interface FeatureEvidence {
  fired: string[];
  hasWhen: boolean;
  onlyWhen: boolean;
  hasPerson: boolean;
  hasAddress: boolean;
  hasDuration: boolean;
  hasRecurrence: boolean;
}

/**
 * Receives the features of one message in order. Training wants them as strings
 * (`w:meeting`, `b:move_it`, `bias`); prediction looks their weights up directly, one
 * lookup per word, without building about 60 strings per message (intentModel.ts).
 */
export interface FeatureSink {
  /** The message's words; the features below name them by position. */
  words(words: string[]): void;
  /** The feature `${kind}:${words[i]}`. */
  word(kind: string, i: number): void;
  /** The feature `s:${stemFeature(words[i])}`, when the word has one. */
  stem(i: number): void;
  /** The feature `${kind}:${words[i]}_${words[j]}` (words never contain "_"). */
  pair(kind: string, i: number, j: number): void;
  /** The feature `${kind}:${x}` (rules, evidence). */
  one(kind: string, x: string): void;
  /** The feature `bias`, on every message. */
  bias(): void;
}

export function intentFeatures(lower: string, ev: FeatureEvidence): string[] {
  const out: string[] = [];
  let words: string[] = [];
  visitFeatures(lower, ev, {
    words: (w) => void (words = w),
    word: (kind, i) => void out.push(`${kind}:${words[i]}`),
    stem: (i) => {
      const stem = stemFeature(words[i]);
      if (stem !== undefined) out.push(`s:${stem}`);
    },
    pair: (kind, i, j) => void out.push(`${kind}:${words[i]}_${words[j]}`),
    one: (kind, x) => void out.push(`${kind}:${x}`),
    bias: () => void out.push('bias'),
  });
  return out;
}

/** The one definition of the feature set and its order. */
export function visitFeatures(lower: string, ev: FeatureEvidence, sink: FeatureSink): void {
  const words = featureWords(lower);
  sink.words(words);
  for (let i = 0; i < words.length; i++) {
    sink.word('w', i);
    sink.stem(i);
    if (i + 1 < words.length) sink.pair('b', i, i + 1);
  }
  if (words.length > 0) sink.word('f', 0);
  if (words.length > 1) sink.pair('f2', 0, 1);
  for (const r of ev.fired) sink.one('r', r);
  if (ev.hasWhen) sink.one('e', 'when');
  if (ev.onlyWhen) sink.one('e', 'onlyWhen');
  if (ev.hasPerson) sink.one('e', 'person');
  if (ev.hasAddress) sink.one('e', 'address');
  if (ev.hasDuration) sink.one('e', 'duration');
  if (ev.hasRecurrence) sink.one('e', 'recurrence');
  sink.bias();
}

/** The word's stem, when it differs from the word (a word that is its own stem has no stem feature). */
export function stemFeature(word: string): string | undefined {
  const stem = stemOf(word);
  return stem === word ? undefined : stem;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+/g;
/** Words the features read, at most (the rest of a long message adds little). */
export const MAX_WORDS = 60;

/**
 * The first 60 words: runs of a-z, 0-9, "'", "<" and ">", with curly apostrophes
 * straightened, an address read as the word "<email>" and each run of digits as "0".
 * One pass over the characters rather than three rewrites and a split of the message.
 */
export function featureWords(lower: string): string[] {
  let t = lower;
  if (t.includes('’') || t.includes('‘')) t = t.replace(/[’‘]/g, "'");
  if (t.includes('@')) t = t.replace(EMAIL, ' <email> ');
  const words: string[] = [];
  let start = -1;
  let digits = false;
  for (let i = 0; i <= t.length && words.length < MAX_WORDS; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    const digit = c >= 48 && c <= 57;
    if ((c >= 97 && c <= 122) || digit || c === 39 || c === 60 || c === 62) {
      if (start < 0) {
        start = i;
        digits = false;
      }
      if (digit) digits = true;
    } else if (start >= 0) {
      const w = t.slice(start, i);
      words.push(digits ? w.replace(/\d+/g, '0') : w);
      start = -1;
    }
  }
  return words;
}

/**
 * A light stemmer, so that inflected forms share a feature: "meetings" and "meeting",
 * "scheduled" and "scheduling", "reminders" and "reminded". Plural and verb endings first,
 * then a few derivational ones on longer words, then a final "e". Not a dictionary: a
 * stem only has to be the same for related words, not to be a word.
 */
function stemOf(w: string): string {
  // String operations rather than regular expressions: this runs on every word of every message.
  let x = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (x.includes("'")) x = x.split("'").join('');
  if (x.length <= 3) return x;
  if (x.endsWith('ies')) x = `${x.slice(0, -3)}y`;
  else if (x.endsWith('s') && !x.endsWith('ss')) x = x.slice(0, -1);
  if (x.length > 5) {
    if (x.endsWith('ing')) x = x.slice(0, -3);
    else if (x.endsWith('ed')) x = x.slice(0, -2);
    if (x[x.length - 1] === x[x.length - 2]) x = x.slice(0, -1);
  }
  if (x.length > 5) {
    const suffix = DERIVATIONAL.find((s) => x.endsWith(s));
    if (suffix) x = x.slice(0, -suffix.length);
  }
  return x.endsWith('e') ? x.slice(0, -1) : x;
}

/** Longest first where one ends another ("ation" before "ion"). */
const DERIVATIONAL = ['ment', 'ation', 'ion', 'er', 'ly'];
