import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { recognize } from '../src/nlu';
import { PIPELINE } from '../src/nlu/pipeline';
import { newState } from '../src/nlu/recognition';
import { RecognizerContext } from '../src/nlu/types';

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

/** One contender's rounds: nanoseconds per utterance, one array per round. */
type Rounds = number[][];

function round(texts: string[], fn: (t: string) => void): number[] {
  const ns: number[] = [];
  for (const t of texts) {
    const a = process.hrtime.bigint();
    fn(t);
    ns.push(Number(process.hrtime.bigint() - a));
  }
  return ns;
}

/**
 * Throughput over all rounds; latency per utterance is its median over the rounds (so a
 * GC pause or a busy neighbour does not count as the recogniser's), then the p50/p99
 * over utterances. Both contenders are measured the same way.
 */
function timing(rounds: Rounds): Timing {
  const n = rounds[0].length;
  let total = 0;
  for (const r of rounds) for (const ns of r) total += ns;
  const medians: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = rounds.map((r) => r[i]).sort((x, y) => x - y);
    medians.push(v[Math.floor(v.length / 2)] / 1e6);
  }
  medians.sort((x, y) => x - y);
  const at = (q: number): number => medians[Math.min(medians.length - 1, Math.floor(q * medians.length))];
  return { perSecond: (n * rounds.length) / (total / 1e9), p50Ms: at(0.5), p99Ms: at(0.99) };
}

const sum = (r: number[]): number => r.reduce((a, b) => a + b, 0);

/**
 * Microseconds per utterance spent in each pipeline step (steps run as recognize() runs
 * them, each timed on its own), the best of three passes over the inputs.
 */
function stepCosts(texts: string[], ctx: RecognizerContext): Array<[string, number]> {
  const best = new Map<string, number>();
  for (let pass = 0; pass < 3; pass++) {
    const spent = new Map<string, number>();
    for (const t of texts) {
      const s = newState(t, false, ctx);
      for (const step of PIPELINE) {
        const a = performance.now();
        try {
          step.run(s);
        } catch {
          // A failing step is recognize()'s to report; here only its time counts.
        }
        spent.set(step.name, (spent.get(step.name) ?? 0) + performance.now() - a);
      }
    }
    for (const [name, ms] of spent) best.set(name, Math.min(best.get(name) ?? Infinity, (ms * 1000) / texts.length));
  }
  return [...best];
}

export async function runNluBench(): Promise<string> {
  const texts = inputs();
  const now = new Date('2026-11-19T14:00:00Z');
  const ctx = { now, timeZone: 'America/New_York' };
  const ref = { instant: now, timezone: -300 };
  // Warm both paths so JIT compilation is not billed to either, with rounds like the measured
  // ones (the timing loop too must have seen both contenders). Two passes over the inputs were
  // not enough: V8 was still optimising the recogniser's larger functions (resolveEntities,
  // readNames) in the first measured rounds, which ran 20–50% slower than the later ones, while
  // chrono-node's smaller code was steady. Six rounds each leave both steady.
  const warmRounds = texts.length < 100 ? 60 : 6;
  for (let r = 0; r < warmRounds; r++) {
    round(texts, (t) => void chrono.parse(t, ref));
    round(texts, (t) => void recognize(t, ctx));
  }
  // Nine rounds: on a shared machine a single round varies by a tenth or more either way.
  const rounds = texts.length < 100 ? 201 : 9;
  // Rounds alternate between the contenders (and which goes first), so a neighbour's
  // burst of work lands on both rather than on one.
  const base: Rounds = [];
  const ours: Rounds = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0;
    if (first) base.push(round(texts, (t) => void chrono.parse(t, ref)));
    ours.push(round(texts, (t) => void recognize(t, ctx)));
    if (!first) base.push(round(texts, (t) => void chrono.parse(t, ref)));
  }
  const b = timing(base);
  const o = timing(ours);
  const ratio = b.perSecond / o.perSecond;
  const roundRatios = ours.map((r, i) => sum(r) / sum(base[i])).sort((x, y) => x - y);
  const row = (name: string, m: Timing): string =>
    `${name.padEnd(26)} ${m.perSecond.toFixed(0).padStart(8)} utt/s   p50 ${m.p50Ms.toFixed(3)} ms   p99 ${m.p99Ms.toFixed(3)} ms`;
  const steps = stepCosts(texts, ctx);
  return [
    `NLU recogniser (${texts.length} utterances × ${rounds} rounds, alternating)`,
    row('chrono-node parse (bare)', b),
    row('recognize()', o),
    `recognize() costs ${ratio.toFixed(2)}× bare chrono (aim: ≤ 3×); per round ${roundRatios[0].toFixed(2)}–${roundRatios[roundRatios.length - 1].toFixed(2)}× (median ${roundRatios[roundRatios.length >> 1].toFixed(2)}×)`,
    `per step, µs/utterance (best of 3): ${steps.map(([n, us]) => `${n} ${us.toFixed(1)}`).join(', ')}`,
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
