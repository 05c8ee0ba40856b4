import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntentModel, MODEL_FILE } from './intentModel';

/**
 * Trains the intent model: softmax regression with AdaGrad and L2, on features seen
 * at least twice (rule and entity features always kept). Deterministic: examples are
 * visited in an order fixed by a seeded shuffle, so the same data gives the same model.
 *
 * `tsx src/nlu/trainIntentModel.ts [GOLD.jsonl]` retrains from the HWU64 development
 * file and writes src/nlu/intentModel.json.
 */
export interface TrainingExample {
  features: string[];
  label: string;
}

export interface TrainingOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  minCount?: number;
}

export const IN_SCOPE_LABELS = [
  'calendar_set',
  'calendar_query',
  'calendar_remove',
  'email_sendemail',
  'email_query',
  'email_querycontact',
  'email_addcontact',
];

export function classOf(label: string): string {
  return IN_SCOPE_LABELS.includes(label) ? label : 'oos';
}

function seededOrder(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export function trainIntentModel(examples: TrainingExample[], options: TrainingOptions = {}): IntentModel {
  const epochs = options.epochs ?? 40;
  const rate = options.rate ?? 0.1;
  const l2 = options.l2 ?? 1e-5;
  const minCount = options.minCount ?? 2;
  const classes = [...IN_SCOPE_LABELS, 'oos'];
  const k = classes.length;
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => (counts.get(f) ?? 0) >= minCount || /^(r|e):|^bias$/.test(f);
  const weights = new Map<string, Float64Array>();
  const grads = new Map<string, Float64Array>();
  const data = examples.map((ex) => ({ f: [...new Set(ex.features)].filter(keep), y: classes.indexOf(ex.label) }));
  for (const d of data) {
    for (const f of d.f) {
      if (!weights.has(f)) {
        weights.set(f, new Float64Array(k));
        grads.set(f, new Float64Array(k).fill(1e-6));
      }
    }
  }
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const idx of seededOrder(data.length, 7 + epoch)) {
      const { f, y } = data[idx];
      if (y < 0) continue;
      z.fill(0);
      for (const name of f) {
        const w = weights.get(name);
        if (w) for (let i = 0; i < k; i++) z[i] += w[i];
      }
      let max = -Infinity;
      for (let i = 0; i < k; i++) max = Math.max(max, z[i]);
      let sum = 0;
      for (let i = 0; i < k; i++) {
        z[i] = Math.exp(z[i] - max);
        sum += z[i];
      }
      for (let i = 0; i < k; i++) z[i] = z[i] / sum - (i === y ? 1 : 0);
      for (const name of f) {
        const w = weights.get(name);
        const g = grads.get(name);
        if (!w || !g) continue;
        for (let i = 0; i < k; i++) {
          const grad = z[i] + l2 * w[i];
          g[i] += grad * grad;
          w[i] -= (rate * grad) / Math.sqrt(g[i]);
        }
      }
    }
  }
  const out: Record<string, number[]> = {};
  for (const [name, w] of weights) {
    const rounded = Array.from(w, (v) => Math.round(v * 1000) / 1000 || 0);
    if (rounded.some((v) => v !== 0)) out[name] = rounded;
  }
  return { classes, weights: out };
}

async function main(): Promise<void> {
  // Imported here so the training entry point does not load the pipeline for library users.
  const { trainingExample } = await import('./intentDecision');
  const goldPath = process.argv[2] ?? path.resolve(__dirname, '../../../shared/data/nlu/hwu64-dev.jsonl');
  const lines = fs.readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim().length > 0);
  const examples = lines.map((l) => {
    const g = JSON.parse(l) as { text: string; label: string };
    return trainingExample(g.text, g.label);
  });
  const model = trainIntentModel(examples);
  fs.writeFileSync(MODEL_FILE, JSON.stringify(model) + '\n');
  process.stdout.write(`wrote ${MODEL_FILE}: ${Object.keys(model.weights).length} features × ${model.classes.length} classes from ${examples.length} examples\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
