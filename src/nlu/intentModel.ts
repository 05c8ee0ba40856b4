import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FeatureSink } from './intentFeatures';

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
 * Lookups in a 5,000-key object are slower than in a Map; each model is indexed once,
 * with the detector's weight stored after the class weights so one lookup serves both.
 */
const indexes = new WeakMap<IntentModel, Map<string, Float64Array>>();

function indexOf(model: IntentModel): Map<string, Float64Array> {
  let index = indexes.get(model);
  if (!index) {
    const k = model.classes.length;
    index = new Map();
    for (const [f, w] of Object.entries(model.weights)) {
      const row = new Float64Array(k + 1);
      row.set(w);
      index.set(f, row);
    }
    for (const [f, w] of Object.entries(model.oos ?? {})) {
      let row = index.get(f);
      if (!row) index.set(f, (row = new Float64Array(k + 1)));
      row[k] = w;
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
  const z = new Float64Array(model.classes.length + 1);
  for (const f of features) {
    const w = index.get(f);
    if (w) add(z, w);
  }
  return probabilities(model, z);
}

/**
 * The same probabilities as `predict(model, intentFeatures(...))`, with the features
 * handed over by `visit` (intentFeatures.ts visitFeatures) and looked up by kind and
 * word: no feature string is built per message. Weights are summed in the same order, so
 * the result is the same to the last digit (test/nlu/intentModelLookup.test.ts).
 */
export function predictVisited(model: IntentModel, visit: (sink: FeatureSink) => void): number[] {
  const lookup = lookupOf(model);
  const z = new Float64Array(model.classes.length + 1);
  visit({
    one(kind, x) {
      const w = lookup.one.get(kind)?.get(x);
      if (w) add(z, w);
    },
    two(kind, a, b) {
      const i = lookup.words.get(a);
      const j = lookup.words.get(b);
      if (i === undefined || j === undefined) return;
      const w = lookup.two.get(kind)?.get(i * lookup.words.size + j);
      if (w) add(z, w);
    },
    bias() {
      if (lookup.bias) add(z, lookup.bias);
    },
  });
  return probabilities(model, z);
}

function add(z: Float64Array, w: Float64Array): void {
  for (let i = 0; i < z.length; i++) z[i] += w[i];
}

/** The model's rows by feature kind: `w:x` under "w" then "x"; `b:x_y` under "b" then the pair of word numbers. */
interface Lookup {
  one: Map<string, Map<string, Float64Array>>;
  /** Every word of a two-word feature, numbered. */
  words: Map<string, number>;
  two: Map<string, Map<number, Float64Array>>;
  bias?: Float64Array;
}

const lookups = new WeakMap<IntentModel, Lookup>();

function lookupOf(model: IntentModel): Lookup {
  let lookup = lookups.get(model);
  if (lookup) return lookup;
  const index = indexOf(model);
  const words = new Map<string, number>();
  const pairs: Array<[string, string, string, Float64Array]> = [];
  lookup = { one: new Map(), words, two: new Map(), bias: index.get('bias') };
  for (const [f, row] of index) {
    const colon = f.indexOf(':');
    if (colon < 0) continue;
    const kind = f.slice(0, colon);
    const x = f.slice(colon + 1);
    const under = x.indexOf('_');
    if (TWO_WORD_KINDS.has(kind) && under >= 0) {
      const a = x.slice(0, under);
      const b = x.slice(under + 1);
      for (const w of [a, b]) if (!words.has(w)) words.set(w, words.size);
      pairs.push([kind, a, b, row]);
    } else {
      let m = lookup.one.get(kind);
      if (!m) lookup.one.set(kind, (m = new Map()));
      m.set(x, row);
    }
  }
  // Numbered once every word is known, since a pair's number depends on how many there are.
  for (const [kind, a, b, row] of pairs) {
    let m = lookup.two.get(kind);
    if (!m) lookup.two.set(kind, (m = new Map()));
    m.set((words.get(a) as number) * words.size + (words.get(b) as number), row);
  }
  lookups.set(model, lookup);
  return lookup;
}

const TWO_WORD_KINDS = new Set(['b', 'f2']);

function probabilities(model: IntentModel, z: Float64Array): number[] {
  const k = model.classes.length;
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
