/**
 * Features the intent model reads: words and word pairs, the first word (requests and
 * questions start differently), the phrase rules that fired, and what the entity
 * finders saw (a time, a person, an address). Rules as features let the model learn
 * how far to trust each rule rather than hand-tuning their weights.
 */
export interface FeatureEvidence {
  fired: string[];
  hasWhen: boolean;
  onlyWhen: boolean;
  hasPerson: boolean;
  hasAddress: boolean;
  hasDuration: boolean;
  hasRecurrence: boolean;
}

export function intentFeatures(lower: string, ev: FeatureEvidence): string[] {
  const words = lower
    .replace(/[’‘]/g, "'")
    .replace(/[a-z0-9._%+-]+@[a-z0-9.-]+/g, ' <email> ')
    .replace(/\d+/g, '0')
    .split(/[^a-z0-9'<>]+/)
    .filter((w) => w.length > 0)
    .slice(0, 60);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(`w:${words[i]}`);
    const stem = stemOf(words[i]);
    if (stem !== words[i]) out.push(`s:${stem}`);
    if (i + 1 < words.length) out.push(`b:${words[i]}_${words[i + 1]}`);
  }
  if (words.length > 0) out.push(`f:${words[0]}`);
  if (words.length > 1) out.push(`f2:${words[0]}_${words[1]}`);
  for (const r of ev.fired) out.push(`r:${r}`);
  if (ev.hasWhen) out.push('e:when');
  if (ev.onlyWhen) out.push('e:onlyWhen');
  if (ev.hasPerson) out.push('e:person');
  if (ev.hasAddress) out.push('e:address');
  if (ev.hasDuration) out.push('e:duration');
  if (ev.hasRecurrence) out.push('e:recurrence');
  out.push('bias');
  return out;
}

/**
 * A light stemmer, so that inflected forms share a feature: "meetings" and "meeting",
 * "scheduled" and "scheduling", "reminders" and "reminded". Plural and verb endings first,
 * then a few derivational ones on longer words, then a final "e". Not a dictionary: a
 * stem only has to be the same for related words, not to be a word.
 */
function stemOf(w: string): string {
  // String operations rather than regular expressions: this runs on every word of every message.
  let x = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (x.includes("'")) x = x.split("'").join('');
  if (x.length <= 3) return x;
  if (x.endsWith('ies')) x = `${x.slice(0, -3)}y`;
  else if (x.endsWith('s') && !x.endsWith('ss')) x = x.slice(0, -1);
  if (x.length > 5) {
    if (x.endsWith('ing')) x = x.slice(0, -3);
    else if (x.endsWith('ed')) x = x.slice(0, -2);
    if (x[x.length - 1] === x[x.length - 2]) x = x.slice(0, -1);
  }
  if (x.length > 5) {
    const suffix = DERIVATIONAL.find((s) => x.endsWith(s));
    if (suffix) x = x.slice(0, -suffix.length);
  }
  return x.endsWith('e') ? x.slice(0, -1) : x;
}

/** Longest first where one ends another ("ation" before "ion"). */
const DERIVATIONAL = ['ment', 'ation', 'ion', 'er', 'ly'];
