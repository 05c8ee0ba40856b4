import * as fs from 'node:fs';
import * as path from 'node:path';
import * as chrono from 'chrono-node';
import { recognize } from '../src/nlu';

/**
 * Recogniser speed against bare chrono-node `parse` on the same inputs in the same
 * run: utterances per second and the 99th percentile per utterance. Inputs are the
 * HWU64 development texts when the shared data is present, else a built-in set.
 */
const FALLBACK = [
  "what's on my calendar today?",
  '30 minutes with Megan tomorrow afternoon about the budget',
  'move my 3pm to 4',
  'cancel the standup',
  'any unread mail from Adele?',
  "tell Isaiah I'm running late",
  'schedule a meeting with reeta today evening at five pm',
  'remind me about my biology test at fsu on friday',
  'every other Tuesday at ten am team sync until March',
  'wake me up at five am this week',
];

function inputs(): string[] {
  const file = path.resolve(__dirname, '../../shared/data/nlu/hwu64-dev.jsonl');
  if (!fs.existsSync(file)) return FALLBACK;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

interface Timing {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Throughput over all rounds; latency per utterance is its median over the rounds (so a
 * GC pause or a busy neighbour does not count as the recogniser's), then the p50/p99
 * over utterances. Both contenders are measured the same way.
 */
function measure(texts: string[], rounds: number, fn: (t: string) => void): Timing {
  const per: number[][] = texts.map(() => []);
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < texts.length; i++) {
      const a = process.hrtime.bigint();
      fn(texts[i]);
      const ns = Number(process.hrtime.bigint() - a);
      per[i].push(ns / 1e6);
      total += ns;
    }
  }
  const medians = per.map((v) => v.sort((x, y) => x - y)[Math.floor(v.length / 2)]).sort((x, y) => x - y);
  const at = (q: number): number => medians[Math.min(medians.length - 1, Math.floor(q * medians.length))];
  return { perSecond: (texts.length * rounds) / (total / 1e9), p50Ms: at(0.5), p99Ms: at(0.99) };
}

export async function runNluBench(): Promise<string> {
  const texts = inputs();
  const now = new Date('2026-11-19T14:00:00Z');
  const ctx = { now, timeZone: 'America/New_York' };
  const ref = { instant: now, timezone: -300 };
  // Warm both paths so JIT compilation is not billed to either.
  for (const t of texts.slice(0, 500)) {
    recognize(t, ctx);
    chrono.parse(t, ref);
  }
  const rounds = texts.length < 100 ? 201 : 5;
  const base = measure(texts, rounds, (t) => void chrono.parse(t, ref));
  const ours = measure(texts, rounds, (t) => void recognize(t, ctx));
  const ratio = base.perSecond / ours.perSecond;
  const row = (name: string, m: Timing): string =>
    `${name.padEnd(26)} ${m.perSecond.toFixed(0).padStart(8)} utt/s   p50 ${m.p50Ms.toFixed(3)} ms   p99 ${m.p99Ms.toFixed(3)} ms`;
  return [
    `NLU recogniser (${texts.length} utterances × ${rounds} rounds)`,
    row('chrono-node parse (bare)', base),
    row('recognize()', ours),
    `recognize() costs ${ratio.toFixed(2)}× bare chrono (aim: ≤ 3×)`,
  ].join('\n');
}

if (require.main === module) {
  runNluBench()
    .then((report) => process.stdout.write(report + '\n'))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    });
}
