import * as fs from 'node:fs';
import * as path from 'node:path';
import { FeatureEvidence, FeatureSink, MAX_WORDS, stemFeature, visitFeatures } from './intentFeatures';

/**
 * The intent model, in two stages over the features of intentFeatures.ts:
 * 1. is the message for this assistant at all: a binary detector (`oos`, one logit
 *    weight per feature) trained on every in-scope line against every other one, so all
 *    calendar and mail wording pools its evidence against the out-of-scope topics;
 * 2. which in-scope class: a multinomial logistic regression (`weights`), whose "oos"
 *    column stands in for stage 1 in models stored without it.
 * Both are trained in code (trainIntentModel.ts) and stored next to this file as JSON;
 * classes are the HWU64 labels of the calendar and mail part plus "oos" for the rest,
 * mapped to the assistant's intents by intentDecision.ts.
 */
export interface IntentModel {
  classes: string[];
  /** feature -> one weight per class */
  weights: Record<string, number[]>;
  /** feature -> logit weight of "out of scope" in the binary detector */
  oos?: Record<string, number>;
}

export const MODEL_FILE = path.join(__dirname, 'intentModel.json');

let loaded: IntentModel | null | undefined;

/** The stored model, or null when none has been trained (rules alone decide then). */
export function storedModel(): IntentModel | null {
  if (loaded !== undefined) return loaded;
  try {
    const parsed = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as IntentModel;
    loaded = Array.isArray(parsed.classes) && typeof parsed.weights === 'object' ? parsed : null;
  } catch {
    loaded = null;
  }
  return loaded;
}

/**
 * Weights are read in thousandths, as training writes them (rounded to 3 decimals), and
 * summed as integers: a row of the model is 2 bytes a class rather than 8, and its tables
 * about 0.4 MB rather than 1.5, so fewer of a message's lookups miss the processor's cache
 * (docs/NLU.md, "Speed").
 */
const MILLI = 1000;

/** `w` in thousandths; a model with a weight beyond what 16 bits hold cannot be read. */
function milli(w: number): number {
  const m = Math.round(w * MILLI);
  if (!(Math.abs(m) <= 0x7fff)) throw new Error(`intent model: weight ${w} is beyond ±32.767`);
  return m;
}

/**
 * Lookups in a 5,000-key object are slower than in a Map; each model is indexed once,
 * with the detector's weight stored after the class weights so one lookup serves both.
 */
const indexes = new WeakMap<IntentModel, Map<string, Int16Array>>();

function indexOf(model: IntentModel): Map<string, Int16Array> {
  let index = indexes.get(model);
  if (!index) {
    const k = model.classes.length;
    index = new Map();
    for (const [f, w] of Object.entries(model.weights)) {
      const row = new Int16Array(k + 1);
      for (let i = 0; i < k; i++) row[i] = milli(w[i] ?? 0);
      index.set(f, row);
    }
    for (const [f, w] of Object.entries(model.oos ?? {})) {
      let row = index.get(f);
      if (!row) index.set(f, (row = new Int16Array(k + 1)));
      row[k] = milli(w);
    }
    indexes.set(model, index);
  }
  return index;
}

/**
 * Class probabilities, in the order of model.classes. With a detector, p(oos) is its
 * probability and the in-scope classes share the rest in the regression's proportions.
 */
export function predict(model: IntentModel, features: string[]): number[] {
  const index = indexOf(model);
  const z = new Int32Array(model.classes.length + 1);
  for (const f of features) {
    const w = index.get(f);
    if (w) add(z, w);
  }
  return probabilities(model, z, new Float64Array(z.length));
}

/**
 * The same probabilities as `predict(model, intentFeatures(lower, ev))`, with the features
 * handed over by visitFeatures and looked up once per word: no feature string is built
 * per message. Both sum whole thousandths, so the result is the same to the last digit
 * (test/nlu/intentModelLookup.test.ts).
 */
export function predictMessage(model: IntentModel, lower: string, ev: FeatureEvidence): number[] {
  const sum = sumFor(model);
  visitFeatures(lower, ev, sum);
  return probabilities(model, sum.z, sum.logits);
}

/**
 * What the model holds for one word: its number in two-word features and where its rows
 * start in the lookup's table (-1: no such feature).
 */
interface WordRows {
  id: number;
  w: number;
  f: number;
  /** The row of the word's stem feature. */
  s: number;
}

/**
 * The model's rows by word and kind: `w:x`, `f:x`, `s:stem(x)` under x; `b:x_y` by the
 * numbers of x and y. Rows are copied into one table, so a message reads one block of
 * memory rather than thousands of small arrays.
 */
interface Lookup {
  /** Rows of `width` weights in thousandths. */
  table: Int16Array;
  width: number;
  words: WordTable;
  /** Stem rows, for words the model has no other feature of. */
  stems: Map<string, number>;
  /** Per two-word kind, rows by idA * pairBase + idB. */
  pairs: Map<string, PairTable>;
  pairBase: number;
  /** Rules and evidence: per kind, rows by name. */
  named: Map<string, Map<string, number>>;
  bias: number;
}

/** The one sum that each model's predictions reuse: a message allocates no sink, rows or sums of its own. */
const sums = new WeakMap<IntentModel, WeightSum>();

/** The model's sum, emptied for a new message. */
function sumFor(model: IntentModel): WeightSum {
  // Nearly every message asks for the same model: kept at hand, without a WeakMap lookup.
  if (model === lastModel && lastSum !== undefined) return lastSum.reset();
  let sum = sums.get(model);
  if (sum === undefined) sums.set(model, (sum = new WeightSum(lookupOf(model))));
  lastModel = model;
  lastSum = sum;
  return sum.reset();
}

let lastModel: IntentModel | undefined;
let lastSum: WeightSum | undefined;

class WeightSum implements FeatureSink {
  /** The sums in thousandths, and room for them as logits. */
  readonly z: Int32Array;
  readonly logits: Float64Array;
  /** Per word of the message (by position): its pair number and its rows, as in WordRows. */
  private readonly ids = new Int32Array(MAX_WORDS);
  private readonly wRows = new Int32Array(MAX_WORDS);
  private readonly fRows = new Int32Array(MAX_WORDS);
  private readonly sRows = new Int32Array(MAX_WORDS);
  /** The two-word kinds every message has, looked up once rather than per pair. */
  private readonly bigrams: PairTable;
  private readonly firstPairs: PairTable;
  /** The named kinds of every message (rules, evidence), likewise. */
  private readonly rules: Map<string, number> | undefined;
  private readonly evidence: Map<string, number> | undefined;

  constructor(private readonly lookup: Lookup) {
    this.z = new Int32Array(lookup.width);
    this.logits = new Float64Array(lookup.width);
    this.bigrams = lookup.pairs.get('b') ?? new PairTable(new Map());
    this.firstPairs = lookup.pairs.get('f2') ?? new PairTable(new Map());
    this.rules = lookup.named.get('r');
    this.evidence = lookup.named.get('e');
  }

  reset(): this {
    this.z.fill(0);
    return this;
  }

  /** Adds the row starting at `at`, in class order (as `predict` adds a feature's weights). */
  private add(at: number | undefined): void {
    if (at === undefined || at < 0) return;
    const z = this.z;
    const table = this.lookup.table;
    for (let i = 0; i < z.length; i++) z[i] += table[at + i];
  }

  /** visitFeatures hands over at most MAX_WORDS words, which the arrays hold. */
  words(words: string[]): void {
    const table = this.lookup.words;
    const slots = table.slots;
    for (let i = 0; i < words.length; i++) {
      const r = table.find(words[i]);
      if (r >= 0) {
        this.ids[i] = slots[r + ID];
        this.wRows[i] = slots[r + W];
        this.fRows[i] = slots[r + F];
        this.sRows[i] = slots[r + S];
      } else {
        // A word the model has no word or pair feature of may still share a stem with one.
        const stem = stemFeature(words[i]);
        this.ids[i] = -1;
        this.wRows[i] = -1;
        this.fRows[i] = -1;
        this.sRows[i] = stem === undefined ? -1 : (this.lookup.stems.get(stem) ?? -1);
      }
    }
  }

  word(kind: string, i: number): void {
    this.add(kind === 'w' ? this.wRows[i] : kind === 'f' ? this.fRows[i] : -1);
  }

  stem(i: number): void {
    this.add(this.sRows[i]);
  }

  pair(kind: string, i: number, j: number): void {
    const a = this.ids[i];
    const b = this.ids[j];
    if (a < 0 || b < 0) return;
    const rows = kind === 'b' ? this.bigrams : kind === 'f2' ? this.firstPairs : this.lookup.pairs.get(kind);
    this.add(rows?.get(a * this.lookup.pairBase + b));
  }

  one(kind: string, x: string): void {
    const rows = kind === 'r' ? this.rules : kind === 'e' ? this.evidence : this.lookup.named.get(kind);
    this.add(rows?.get(x));
  }

  bias(): void {
    this.add(this.lookup.bias);
  }
}

const lookups = new WeakMap<IntentModel, Lookup>();

function lookupOf(model: IntentModel): Lookup {
  let lookup = lookups.get(model);
  if (lookup) return lookup;
  const index = indexOf(model);
  const width = model.classes.length + 1;
  const table = new Int16Array(index.size * width);
  let rowCount = 0;
  const place = (row: Int16Array): number => {
    table.set(row, rowCount * width);
    return rowCount++ * width;
  };
  const words = new Map<string, WordRows>();
  const entry = (w: string): WordRows => {
    let e = words.get(w);
    if (!e) words.set(w, (e = { id: -1, w: -1, f: -1, s: -1 }));
    return e;
  };
  const pairList: Array<[string, WordRows, WordRows, number]> = [];
  const bias = index.get('bias');
  const biasRow = bias ? place(bias) : -1;
  const stems = new Map<string, number>();
  const named = new Map<string, Map<string, number>>();
  for (const [f, row] of index) {
    const colon = f.indexOf(':');
    if (colon < 0) continue;
    const kind = f.slice(0, colon);
    const x = f.slice(colon + 1);
    const under = x.indexOf('_');
    if (kind === 'w') entry(x).w = place(row);
    else if (kind === 'f') entry(x).f = place(row);
    else if (kind === 's') stems.set(x, place(row));
    else if ((kind === 'b' || kind === 'f2') && under >= 0) pairList.push([kind, entry(x.slice(0, under)), entry(x.slice(under + 1)), place(row)]);
    else {
      let m = named.get(kind);
      if (!m) named.set(kind, (m = new Map()));
      m.set(x, place(row));
    }
  }
  let pairBase = 0;
  for (const e of pairList) for (const w of [e[1], e[2]]) if (w.id < 0) w.id = pairBase++;
  const pairRows = new Map<string, Map<number, number>>();
  for (const [kind, a, b, at] of pairList) {
    let m = pairRows.get(kind);
    if (!m) pairRows.set(kind, (m = new Map()));
    m.set(a.id * pairBase + b.id, at);
  }
  const pairs = new Map([...pairRows].map(([kind, rows]) => [kind, new PairTable(rows)]));
  for (const [w, e] of words) {
    const stem = stemFeature(w);
    if (stem !== undefined) e.s = stems.get(stem) ?? -1;
  }
  lookup = { table, width, words: new WordTable(words), stems, pairs, pairBase, named, bias: biasRow };
  lookups.set(model, lookup);
  return lookup;
}

/**
 * The model's words and their rows in one typed array rather than a Map of objects.
 * A message's words are looked up after the other parts of the recogniser have filled
 * the cache with their own data, so each lookup tends to miss: here a word's slot holds
 * its hash and its rows in 32 bytes, half a cache line, rather than a bucket, an entry
 * and a row object spread over the heap. The word itself is compared only where the
 * hash matches (nearly always the word looked for).
 */
class WordTable {
  /** Open addressing by hash, SLOT ints per slot: hash, the word's place in `keys` + 1 (0: empty), id, w, f, s as in WordRows. */
  readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];

  constructor(words: Map<string, WordRows>) {
    let size = 1;
    while (size < words.size * 2) size *= 2;
    this.slots = new Int32Array(size * SLOT);
    this.mask = size - 1;
    for (const [w, e] of words) {
      const h = hashOf(w);
      let slot = h & this.mask;
      while (this.slots[slot * SLOT + KEY] !== 0) slot = (slot + 1) & this.mask;
      this.keys.push(w);
      this.slots.set([h, this.keys.length, e.id, e.w, e.f, e.s], slot * SLOT);
    }
  }

  /** Where the word's slot starts in `slots` (its rows at ID, W, F and S after it), or -1 for a word the model lacks. */
  find(word: string): number {
    const h = hashOf(word);
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * SLOT;
      const key = slots[at + KEY];
      if (key === 0) return -1;
      if (slots[at] === h && this.keys[key - 1] === word) return at;
    }
  }
}

/** Rows of two-word features by pair number, with each number beside its row in one array: one cache line per lookup. */
class PairTable {
  /** Open addressing by pair number: number + 1 (0 for an empty slot), then the row. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(rows: Map<number, number>) {
    let size = 1;
    while (size < rows.size * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (const [key, row] of rows) {
      let slot = spread(key) & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key + 1;
      this.slots[slot * 2 + 1] = row;
    }
  }

  /** The row of the pair, as Map.get would give it. */
  get(key: number): number | undefined {
    for (let slot = spread(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.slots[slot * 2];
      if (k === key + 1) return this.slots[slot * 2 + 1];
      if (k === 0) return undefined;
    }
  }
}

/** Mixes a pair number's bits, so that nearby numbers do not crowd neighbouring slots. */
function spread(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7;
}

/** A WordTable slot: 8 ints (32 bytes); where its fields are. */
const SLOT = 8;
const KEY = 1;
const ID = 2;
const W = 3;
const F = 4;
const S = 5;

/** FNV-1a over the UTF-16 code units, as a signed 32-bit number. */
function hashOf(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

function add(z: Int32Array, w: Int16Array): void {
  for (let i = 0; i < z.length; i++) z[i] += w[i];
}

/** From the sums in thousandths (`z`); `logits` is scratch space of the same length. */
function probabilities(model: IntentModel, sums: Int32Array, logits: Float64Array): number[] {
  const k = model.classes.length;
  const z = logits;
  for (let i = 0; i <= k; i++) z[i] = sums[i] / MILLI;
  let max = -Infinity;
  for (let i = 0; i < k; i++) if (z[i] > max) max = z[i];
  let sum = 0;
  for (let i = 0; i < k; i++) {
    z[i] = Math.exp(z[i] - max);
    sum += z[i];
  }
  const probs = new Array<number>(k);
  for (let i = 0; i < k; i++) probs[i] = z[i] / sum;
  const o = model.classes.indexOf('oos');
  if (!model.oos || o < 0) return probs;
  const pOos = 1 / (1 + Math.exp(-z[k]));
  const inScope = 1 - probs[o];
  for (let i = 0; i < k; i++) probs[i] = i === o ? pOos : inScope > 0 ? (probs[i] / inScope) * (1 - pOos) : (1 - pOos) / (k - 1);
  return probs;
}
