import { INTENT_RULES, IntentRule } from '../../src/nlu/intentRules';
import { IntentScore, scoreIntent } from '../../src/nlu/intentScorer';
import { Intent } from '../../src/nlu/types';
import { devTexts } from './devFile';

/**
 * The scorer keeps its scores in reused arrays and orders the fired rules by insertion;
 * it must agree, to the last digit and in the order of the trace, with the plain reading
 * below (a Map of scores, every rule tested, a stable sort), on every line of the
 * development file and on random text, with and without entity evidence.
 */
const lines = devTexts().map((t) => t.toLowerCase());

const MIN_SCORE = 1.9;
const round = (x: number): number => Math.round(x * 1000) / 1000;

function reference(lower: string, extra: Partial<Record<Intent, number>>, rules: readonly IntentRule[]): IntentScore {
  const scores = new Map<Intent, number>();
  const fired: Array<[string, number]> = [];
  for (const r of rules) {
    if (r.re.test(lower)) {
      scores.set(r.intent, (scores.get(r.intent) ?? 0) + r.weight);
      fired.push([r.name, r.weight]);
    }
  }
  let frame = 0;
  for (const [n, w] of fired) if (!n.startsWith('none.')) frame = Math.max(frame, w);
  const noneScore = scores.get('none');
  if (noneScore !== undefined && frame >= 4) scores.set('none', noneScore * 0.6);
  for (const k of Object.keys(extra) as Intent[]) {
    const v = extra[k] as number;
    if (scores.has(k) || v >= MIN_SCORE) scores.set(k, (scores.get(k) ?? 0) + v);
  }
  let best: Intent = 'none';
  let bestScore = 0;
  let second = 0;
  for (const [k, v] of scores) {
    if (v > bestScore) {
      second = bestScore;
      best = k;
      bestScore = v;
    } else if (v > second) {
      second = v;
    }
  }
  fired.sort((a, b) => b[1] - a[1]);
  const names = fired.map((f) => f[0]);
  if (bestScore < MIN_SCORE) return { intent: 'none', confidence: round(0.5 + 0.5 * (1 - bestScore / MIN_SCORE)), fired: names };
  const strength = 1 - Math.exp(-bestScore / 3);
  const margin = (bestScore - second) / bestScore;
  return { intent: best, confidence: round(0.3 + 0.7 * strength * (0.5 + 0.5 * margin)), fired: names };
}

/** Deterministic text: words of the file, rule words and symbols mixed at random. */
function randomLines(n: number): string[] {
  let seed = 11;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const vocab = lines.join(' ').split(' ');
  const odd = ['remind me', 'meeting', 'email', 'weather', 'cancel', 'move it', "what's on", 'hi', '@', 'tell bob that', 'with', 'phone', 'music'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const ws: string[] = [];
    const len = 1 + Math.floor(rnd() * 25);
    for (let k = 0; k < len; k++) ws.push(rnd() < 0.3 ? odd[Math.floor(rnd() * odd.length)] : vocab[Math.floor(rnd() * vocab.length)]);
    out.push(ws.join(' '));
  }
  return out;
}

const EXTRAS: Array<Partial<Record<Intent, number>>> = [
  {},
  { 'calendar.query': 3 },
  { 'calendar.create': 0.5, 'calendar.query': 0.5 },
  { 'calendar.create': 2.5 },
  { 'calendar.create': 1, 'calendar.query': 0.5 },
];

describe('the intent scorer', () => {
  const texts = [...lines, ...randomLines(4000)];

  it('scores as the plain reading does, with the recogniser rules', () => {
    const differing: string[] = [];
    texts.forEach((t, i) => {
      const extra = EXTRAS[i % EXTRAS.length];
      if (JSON.stringify(scoreIntent(t, extra)) !== JSON.stringify(reference(t, extra, INTENT_RULES))) differing.push(t);
    });
    expect(differing).toEqual([]);
  });

  it('scores a rule list of its own, and notices one edited in place', () => {
    const rules = INTENT_RULES.map((r) => ({ ...r }));
    for (const t of texts.slice(0, 500)) expect(scoreIntent(t, {}, rules)).toEqual(reference(t, {}, rules));
    rules[0] = { ...rules[0], re: /meeting/ };
    for (const t of ['meeting', 'hi', ...texts.slice(0, 500)]) expect(scoreIntent(t, {}, rules)).toEqual(reference(t, {}, rules));
  });
});
