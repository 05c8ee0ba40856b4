import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntentModel, MODEL_FILE } from './intentModel';

/**
 * Trains the intent model (intentModel.ts): the in-scope classifier and the out-of-scope
 * detector, each a logistic regression (AdaGrad, L2) interpolated with naive Bayes
 * log-likelihoods over the same features. Naive Bayes is steadier on words seen a few
 * times, the regression on words that overlap; their sum beats either under
 * cross-validation; averaging regressions trained in five example orders adds a little
 * more. Features seen at least twice are kept (rule and entity features
 * always). Deterministic: examples are visited in an order fixed by a seeded shuffle,
 * so the same data gives the same model.
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
  /** Weight of the naive Bayes log-likelihoods added to the regression's weights (0: none). */
  naiveBayes?: number;
  /** Regressions trained in different example orders and averaged: less depends on one order. */
  orders?: number;
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

interface Encoded {
  /** distinct kept features of each example */
  f: string[][];
  /** class index of each example */
  y: number[];
}

/** Softmax regression weights, one row of k per feature, averaged over `orders` example orders. */
function regression(data: Encoded, k: number, o: Required<TrainingOptions>): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (let run = 0; run < o.orders; run++) {
    for (const [name, w] of regressionInOrder(data, k, o, 7 + 1000 * run)) {
      let sum = out.get(name);
      if (!sum) out.set(name, (sum = new Float64Array(k)));
      for (let i = 0; i < k; i++) sum[i] += w[i] / o.orders;
    }
  }
  return out;
}

function regressionInOrder(data: Encoded, k: number, { epochs, rate, l2 }: Required<TrainingOptions>, seed: number): Map<string, Float64Array> {
  // Features become row numbers of flat arrays once, so the inner loops do no lookups.
  const rowOf = new Map<string, number>();
  const rows = data.f.map((fs) => fs.map((f) => rowOf.get(f) ?? (rowOf.set(f, rowOf.size), rowOf.size - 1)));
  const w = new Float64Array(rowOf.size * k);
  const g = new Float64Array(rowOf.size * k).fill(1e-6);
  const z = new Float64Array(k);
  // Globals read once: under jest every read of a global (Math, Infinity) in these loops
  // goes through the test sandbox and made training ten times slower than under node.
  const { exp, sqrt } = Math;
  const lowest = -Infinity;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const idx of seededOrder(rows.length, seed + epoch)) {
      const r = rows[idx];
      const y = data.y[idx];
      z.fill(0);
      for (const row of r) for (let i = 0, at = row * k; i < k; i++) z[i] += w[at + i];
      let max = lowest;
      for (let i = 0; i < k; i++) if (z[i] > max) max = z[i];
      let sum = 0;
      for (let i = 0; i < k; i++) {
        z[i] = exp(z[i] - max);
        sum += z[i];
      }
      for (let i = 0; i < k; i++) z[i] = z[i] / sum - (i === y ? 1 : 0);
      for (const row of r) {
        for (let i = 0, at = row * k; i < k; i++, at++) {
          const grad = z[i] + l2 * w[at];
          g[at] += grad * grad;
          w[at] -= (rate * grad) / sqrt(g[at]);
        }
      }
    }
  }
  return new Map([...rowOf].map(([name, row]) => [name, w.slice(row * k, row * k + k)]));
}

/**
 * Multinomial naive Bayes over feature presence, as linear weights: log P(feature | class)
 * with additive smoothing (centred per feature, which leaves the probabilities as they
 * are), and log P(class) on "bias".
 */
function naiveBayes(data: Encoded, k: number, alpha = 0.5): Map<string, Float64Array> {
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(k);
  const prior = new Float64Array(k);
  data.f.forEach((fs, n) => {
    const y = data.y[n];
    prior[y]++;
    for (const f of fs) {
      if (f === 'bias') continue;
      let c = counts.get(f);
      if (!c) counts.set(f, (c = new Float64Array(k)));
      c[y]++;
      totals[y]++;
    }
  });
  const vocabulary = counts.size;
  const out = new Map<string, Float64Array>();
  for (const [f, c] of counts) {
    const logp = Array.from(c, (x, i) => Math.log((x + alpha) / (totals[i] + alpha * vocabulary)));
    const mean = logp.reduce((a, b) => a + b, 0) / k;
    out.set(f, Float64Array.from(logp, (v) => v - mean));
  }
  out.set('bias', Float64Array.from(prior, (x) => Math.log((x + alpha) / (data.y.length + alpha * k))));
  return out;
}

/** The regression plus `nb` times naive Bayes, each weight rounded to 3 decimals. */
function blend(data: Encoded, k: number, o: Required<TrainingOptions>): Map<string, number[]> {
  const lr = regression(data, k, o);
  const nb = o.naiveBayes > 0 ? naiveBayes(data, k) : new Map<string, Float64Array>();
  const out = new Map<string, number[]>();
  for (const name of new Set([...lr.keys(), ...nb.keys()])) {
    const a = lr.get(name);
    const b = nb.get(name);
    const w = Array.from({ length: k }, (_, i) => Math.round(((a?.[i] ?? 0) + o.naiveBayes * (b?.[i] ?? 0)) * 1000) / 1000 || 0);
    if (w.some((v) => v !== 0)) out.set(name, w);
  }
  return out;
}

export function trainIntentModel(examples: TrainingExample[], options: TrainingOptions = {}): IntentModel {
  const o: Required<TrainingOptions> = { epochs: 40, rate: 0.03, l2: 1e-5, minCount: 2, naiveBayes: 0.1, orders: 5, ...options };
  const classes = [...IN_SCOPE_LABELS, 'oos'];
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => (counts.get(f) ?? 0) >= o.minCount || /^(r|e):|^bias$/.test(f);
  const labelled = examples.filter((ex) => classes.includes(ex.label));
  const f = labelled.map((ex) => [...new Set(ex.features)].filter(keep));
  const oos = classes.indexOf('oos');
  const y = labelled.map((ex) => classes.indexOf(ex.label));
  const weights = Object.fromEntries(blend({ f, y }, classes.length, o));
  // The detector: in scope (0) against out of scope (1); its logit is the difference.
  const detector: Record<string, number> = {};
  for (const [name, [inScope, out]] of blend({ f, y: y.map((c) => (c === oos ? 1 : 0)) }, 2, o)) {
    const w = Math.round((out - inScope) * 1000) / 1000;
    if (w !== 0) detector[name] = w;
  }
  return { classes, weights, oos: detector };
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
