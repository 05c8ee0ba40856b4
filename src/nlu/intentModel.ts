import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A multinomial logistic regression over the features of intentFeatures.ts. Its
 * weights are trained in code (trainIntentModel.ts) and stored next to it as JSON;
 * classes are the HWU64 labels of the calendar and mail part plus "oos" for all the
 * rest, mapped to the assistant's intents by intentDecision.ts.
 */
export interface IntentModel {
  classes: string[];
  /** feature -> one weight per class */
  weights: Record<string, number[]>;
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

// Lookups in a 5,000-key object are slower than in a Map; each model is indexed once.
const indexes = new WeakMap<IntentModel, Map<string, Float64Array>>();

function indexOf(model: IntentModel): Map<string, Float64Array> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map(Object.entries(model.weights).map(([f, w]) => [f, Float64Array.from(w)]));
    indexes.set(model, index);
  }
  return index;
}

/** Class probabilities, in the order of model.classes. */
export function predict(model: IntentModel, features: string[]): number[] {
  const k = model.classes.length;
  const index = indexOf(model);
  const z = new Array<number>(k).fill(0);
  for (const f of features) {
    const w = index.get(f);
    if (!w) continue;
    for (let i = 0; i < k; i++) z[i] += w[i];
  }
  const max = Math.max(...z);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    z[i] = Math.exp(z[i] - max);
    sum += z[i];
  }
  return z.map((v) => v / sum);
}
