import * as fs from 'node:fs';
import * as path from 'node:path';

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
  const k = model.classes.length;
  const index = indexOf(model);
  const z = new Float64Array(k + 1);
  for (const f of features) {
    const w = index.get(f);
    if (!w) continue;
    for (let i = 0; i <= k; i++) z[i] += w[i];
  }
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
