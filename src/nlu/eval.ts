import * as fs from 'node:fs';
import * as path from 'node:path';
import { recognize } from './recognize';
import { foldOf, GOLD_INTENT, GoldLine, PredLine, score } from './hwuScore';
import { decideIntent, intentInputsFor } from './intentDecision';
import { classOf, trainIntentModel } from './trainIntentModel';

/**
 * `npm run eval:nlu [-- --gold FILE] [--out PRED.jsonl] [--fold N] [--errors LABEL]`:
 * scores the recogniser on the HWU64 development file with score.py's metrics.
 * Figures are printed for the whole file and for the held-out fold (fold 4 by a hash
 * of the id), which was never inspected while the rules were written.
 */
const HELD_OUT = 4;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const goldPath = arg('--gold') ?? path.resolve(__dirname, '../../../shared/data/nlu/hwu64-dev.jsonl');
  const gold: GoldLine[] = fs
    .readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as GoldLine);
  // The file has no dates of its own; a fixed reference keeps runs comparable.
  const ctx = { now: new Date('2026-11-21T15:00:00Z'), timeZone: 'UTC' };
  const t0 = process.hrtime.bigint();
  const preds: PredLine[] = gold.map((g) => {
    const r = recognize(g.text, ctx);
    return { id: g.id, intent: r.intent, spans: r.spans.map((s) => ({ type: s.type, start: s.start, end: s.end })) };
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // Cross-validation: the shipped model was trained on this very file, so its intents
  // here would be a training fit. Each fold is predicted by a model trained on the
  // other four (same hash folds), which is the figure to trust.
  const cvIntents = crossValidatedIntents(gold);
  const cvPreds = preds.map((p, i) => ({ ...p, intent: cvIntents[i] }));
  const fit = score(gold, preds);
  const out = arg('--out');
  if (out) fs.writeFileSync(out, cvPreds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const all = score(gold, cvPreds);
  const heldGold = gold.filter((g) => foldOf(g.id) === HELD_OUT);
  const held = score(heldGold, cvPreds.filter((p) => foldOf(p.id) === HELD_OUT));
  const errorsFor = arg('--errors');
  if (errorsFor !== undefined) {
    const fold = arg('--fold');
    const predById = new Map(preds.map((p) => [p.id, p]));
    for (const g of gold) {
      if (foldOf(g.id) === HELD_OUT && fold !== String(HELD_OUT)) continue;
      if (g.label !== errorsFor && !(errorsFor === 'oos' && !g.label.startsWith('calendar') && !g.label.startsWith('email'))) continue;
      const p = cvPreds.find((x) => x.id === g.id) ?? predById.get(g.id);
      const accepted = GOLD_INTENT[g.label] ?? ['none'];
      if (p && accepted.includes(p.intent)) continue;
      const fired = recognize(g.text, ctx).trace.intent ?? '';
      process.stdout.write(`${g.label}\t${p?.intent}\t${g.text}\t${fired}\n`);
    }
    return;
  }
  const line = (name: string, s: ReturnType<typeof score>): string =>
    `${name.padEnd(22)} intent ${s.intent_accuracy.toFixed(3)}  oos-rejection ${s.oos_rejection.toFixed(3)}  ` +
    `when-F1 ${s.spans.when.f1.toFixed(3)}  person-F1 ${s.spans.person.f1.toFixed(3)}  subject-F1 ${s.spans.subject.f1.toFixed(3)}  (n=${s.in_scope}+${s.out_of_scope})`;
  process.stdout.write(`NLU evaluation on ${path.basename(goldPath)} (${gold.length} lines, ${(ms / gold.length).toFixed(3)} ms/line)\n`);
  process.stdout.write(line('5-fold cross-validated', all) + '\n');
  process.stdout.write(line(`fold ${HELD_OUT} (rules unseen)`, held) + '\n');
  process.stdout.write(line('training fit (shipped)', fit) + '\n');
  process.stdout.write(JSON.stringify(all, null, 1) + '\n');
}

function crossValidatedIntents(gold: GoldLine[]): string[] {
  const inputs = gold.map((g) => intentInputsFor(g.text));
  const result = new Array<string>(gold.length).fill('none');
  for (let fold = 0; fold < 5; fold++) {
    const train = gold.map((g, i) => ({ g, i })).filter(({ g }) => foldOf(g.id) !== fold);
    const model = trainIntentModel(train.map(({ g, i }) => ({ features: inputs[i].features, label: classOf(g.label) })));
    gold.forEach((g, i) => {
      if (foldOf(g.id) === fold) result[i] = decideIntent(inputs[i], model).intent;
    });
  }
  return result;
}

main();
