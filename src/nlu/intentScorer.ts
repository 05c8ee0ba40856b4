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
export function scoreIntent(lower: string, extra: Partial<Record<Intent, number>> = {}, rules: readonly IntentRule[] = INTENT_RULES): IntentScore {
  // Scores per intent in the order each intent first scored (ties go to the earliest),
  // in arrays reused by every message rather than a Map per message.
  const keys = scoreKeys;
  const values = scoreValues;
  keys.length = 0;
  values.length = 0;
  // Fired rules by number, in rule order.
  let firedCount = 0;
  // A clear request frame ("send an email to mom and ask how the weather is") outweighs
  // out-of-scope topic words that only describe its content.
  let frame = 0;
  // Most rules cannot match most messages: the gate rules them out by their words first,
  // and only the few it leaves are visited (a typed array's indexOf skips the rest).
  const gate = gateFor(rules);
  const possible = gate.mayMatch(lower);
  // A rule of words alone that the gate lets through is known to match without its test.
  const exact = gate.exact;
  for (let i = possible.indexOf(1); i >= 0; i = possible.indexOf(1, i + 1)) {
    const r = rules[i];
    if (exact[i] === 1 || r.re.test(lower)) {
      const k = keys.indexOf(r.intent);
      if (k < 0) {
        keys.push(r.intent);
        values.push(r.weight);
      } else {
        values[k] += r.weight;
      }
      firedRules[firedCount++] = i;
      if (!r.name.startsWith('none.')) frame = Math.max(frame, r.weight);
    }
  }
  const none = keys.indexOf('none');
  if (none >= 0 && frame >= 4) values[none] *= 0.6;
  for (const k in extra) {
    const v = extra[k as Intent] as number;
    const at = keys.indexOf(k as Intent);
    if (at >= 0) values[at] += v;
    else if (v >= MIN_SCORE) {
      keys.push(k as Intent);
      values.push(v);
    }
  }
  let best: Intent = 'none';
  let bestScore = 0;
  let second = 0;
  for (let k = 0; k < keys.length; k++) {
    const v = values[k];
    if (v > bestScore) {
      second = bestScore;
      best = keys[k];
      bestScore = v;
    } else if (v > second) {
      second = v;
    }
  }
  const fired = firedByWeight(rules, firedCount);
  if (bestScore < MIN_SCORE) {
    return { intent: 'none', confidence: round(0.5 + 0.5 * (1 - bestScore / MIN_SCORE)), fired };
  }
  // Confidence grows with the winning score and with its lead over the runner-up.
  const strength = 1 - Math.exp(-bestScore / 3);
  const margin = (bestScore - second) / bestScore;
  return { intent: best, confidence: round(0.3 + 0.7 * strength * (0.5 + 0.5 * margin)), fired };
}

const scoreKeys: Intent[] = [];
const scoreValues: number[] = [];
/** The numbers of the rules that fired on the message being scored (at most one per rule). */
let firedRules = new Int32Array(INTENT_RULES.length);

/**
 * The names of the first `count` rules of `firedRules`, strongest first; rules of equal
 * weight stay in rule order (a stable sort, by insertion: a message fires a few rules).
 */
function firedByWeight(rules: readonly IntentRule[], count: number): string[] {
  const order = firedRules;
  for (let i = 1; i < count; i++) {
    const r = order[i];
    const w = rules[r].weight;
    let j = i - 1;
    while (j >= 0 && rules[order[j]].weight < w) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = r;
  }
  const names = new Array<string>(count);
  for (let i = 0; i < count; i++) names[i] = rules[order[i]].name;
  return names;
}

interface GatedRules {
  /** The patterns the gate was built from, to notice a rule list edited in place. */
  patterns: RegExp[];
  gate: RegexGate;
}

const gates = new WeakMap<readonly IntentRule[], GatedRules>();

function gateFor(rules: readonly IntentRule[]): RegexGate {
  // The recogniser's own rules, on nearly every message: their gate is kept at hand.
  if (rules === INTENT_RULES && ownGate !== undefined) return ownGate;
  let g = gates.get(rules);
  // A frozen list (the recogniser's own) cannot have been edited since its gate was built.
  if (g === undefined || (!Object.isFrozen(rules) && !samePatterns(g.patterns, rules))) {
    const patterns = rules.map((r) => r.re);
    if (firedRules.length < rules.length) firedRules = new Int32Array(rules.length);
    // The recogniser's own rules share the scan of each message with the other gates.
    g = { patterns, gate: new RegexGate(patterns, false, rules === INTENT_RULES ? MESSAGE_GATES : undefined) };
    gates.set(rules, g);
  }
  if (rules === INTENT_RULES) ownGate = g.gate;
  return g.gate;
}

let ownGate: RegexGate | undefined;

function samePatterns(patterns: RegExp[], rules: readonly IntentRule[]): boolean {
  if (patterns.length !== rules.length) return false;
  for (let i = 0; i < patterns.length; i++) if (patterns[i] !== rules[i].re) return false;
  return true;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
