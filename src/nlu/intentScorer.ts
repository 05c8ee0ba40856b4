import { INTENT_RULES, IntentRule } from './intentRules';
import { MESSAGE_GATES, RegexGate } from './regexGate';
import { Intent } from './types';

export interface IntentScore {
  intent: Intent;
  confidence: number;
  /** Names of the rules that fired, strongest first. */
  fired: string[];
}

/** Below this, nothing the assistant does was asked for. */
const MIN_SCORE = 1.9;

/**
 * Sums rule weights per intent and picks the highest. `extra` carries evidence from the
 * entity parsers (a time, a person), which tips a close call but cannot decide alone.
 */
export function scoreIntent(lower: string, extra: Partial<Record<Intent, number>> = {}, rules: IntentRule[] = INTENT_RULES): IntentScore {
  const scores = new Map<Intent, number>();
  const fired: Array<[string, number]> = [];
  // Most rules cannot match most messages: the gate rules them out by their words first.
  const possible = gateFor(rules).mayMatch(lower);
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (possible[i] === 1 && r.re.test(lower)) {
      scores.set(r.intent, (scores.get(r.intent) ?? 0) + r.weight);
      fired.push([r.name, r.weight]);
    }
  }
  // A clear request frame ("send an email to mom and ask how the weather is") outweighs
  // out-of-scope topic words that only describe its content.
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
  if (bestScore < MIN_SCORE) {
    return { intent: 'none', confidence: round(0.5 + 0.5 * (1 - bestScore / MIN_SCORE)), fired: fired.map((f) => f[0]) };
  }
  // Confidence grows with the winning score and with its lead over the runner-up.
  const strength = 1 - Math.exp(-bestScore / 3);
  const margin = (bestScore - second) / bestScore;
  return { intent: best, confidence: round(0.3 + 0.7 * strength * (0.5 + 0.5 * margin)), fired: fired.map((f) => f[0]) };
}

interface GatedRules {
  /** The patterns the gate was built from, to notice a rule list edited in place. */
  patterns: RegExp[];
  gate: RegexGate;
}

const gates = new WeakMap<IntentRule[], GatedRules>();

function gateFor(rules: IntentRule[]): RegexGate {
  let g = gates.get(rules);
  if (g === undefined || g.patterns.length !== rules.length || g.patterns.some((re, i) => re !== rules[i].re)) {
    const patterns = rules.map((r) => r.re);
    // The recogniser's own rules share the scan of each message with the other gates.
    g = { patterns, gate: new RegexGate(patterns, false, rules === INTENT_RULES ? MESSAGE_GATES : undefined) };
    gates.set(rules, g);
  }
  return g.gate;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
