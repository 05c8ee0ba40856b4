/**
 * The metrics of ../shared/data/nlu/score.py, in TypeScript, so `npm run eval:nlu`
 * prints the same figures as the reference scorer on the same predictions.
 */
export interface GoldLine {
  id: string;
  text: string;
  label: string;
  spans: Array<{ type: string; start: number; end: number }>;
}

export interface PredLine {
  id: string;
  intent: string;
  spans: Array<{ type: string; start: number; end: number }>;
}

export const GOLD_INTENT: Record<string, readonly string[]> = {
  calendar_set: ['calendar.create', 'calendar.update', 'calendar.findTime'],
  calendar_query: ['calendar.query', 'calendar.findTime'],
  calendar_remove: ['calendar.cancel'],
  email_sendemail: ['mail.send', 'mail.reply', 'mail.forward'],
  email_query: ['mail.query'],
  email_querycontact: ['contact.query'],
  email_addcontact: ['contact.add'],
};

export interface SpanScore {
  recall: number;
  precision: number;
  f1: number;
  gold: number;
}

export interface Score {
  in_scope: number;
  out_of_scope: number;
  missing: number;
  intent_accuracy: number;
  oos_rejection: number;
  per_label: Record<string, number>;
  spans: Record<'when' | 'person' | 'subject', SpanScore>;
}

type Region = [number, number];

function regions(spans: Array<{ type: string; start: number; end: number }>, types: ReadonlySet<string>): Region[] {
  const rs = spans.filter((s) => types.has(s.type)).map((s): Region => [s.start, s.end]);
  rs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Region[] = [];
  for (const [s, e] of rs) {
    const last = out[out.length - 1];
    // Adjacent date and time count as one, as in score.py.
    if (last && s - last[1] <= 4) last[1] = Math.max(e, last[1]);
    else out.push([s, e]);
  }
  return out;
}

function overlapCounts(gold: Region[], pred: Region[]): [number, number, number, number] {
  const tpG = gold.filter(([gs, ge]) => pred.some(([ps, pe]) => ps < ge && gs < pe)).length;
  const tpP = pred.filter(([ps, pe]) => gold.some(([gs, ge]) => ps < ge && gs < pe)).length;
  return [tpG, gold.length, tpP, pred.length];
}

/** Python's round() to 3 places (round half to even on the binary value). */
function round3(x: number): number {
  return Number(x.toFixed(3)) === Math.round(x * 1000) / 1000 ? Math.round(x * 1000) / 1000 : Number(x.toFixed(3));
}

export function score(gold: GoldLine[], predictions: PredLine[]): Score {
  const pred = new Map(predictions.map((p) => [p.id, p]));
  const missing = gold.filter((g) => !pred.has(g.id)).length;
  const inScope = gold.filter((g) => g.label in GOLD_INTENT);
  const oos = gold.filter((g) => !(g.label in GOLD_INTENT));
  const ok = (g: GoldLine): boolean => GOLD_INTENT[g.label].includes(pred.get(g.id)?.intent ?? '');
  const acc = inScope.filter(ok).length / Math.max(1, inScope.length);
  const rej = oos.filter((g) => {
    const i = pred.get(g.id)?.intent;
    return i === undefined || i === 'none';
  }).length / Math.max(1, oos.length);
  const per = new Map<string, [number, number]>();
  for (const g of inScope) {
    const c = per.get(g.label) ?? [0, 0];
    c[0] += ok(g) ? 1 : 0;
    c[1] += 1;
    per.set(g.label, c);
  }
  const perLabel: Record<string, number> = {};
  for (const k of [...per.keys()].sort()) {
    const [a, b] = per.get(k) ?? [0, 1];
    perLabel[k] = round3(a / b);
  }
  const defs: Array<['when' | 'person' | 'subject', ReadonlySet<string>, string]> = [
    ['when', new Set(['date', 'time', 'timeofday']), 'when'],
    ['person', new Set(['person']), 'person'],
    ['subject', new Set(['event_name']), 'subject'],
  ];
  const spans = {} as Record<'when' | 'person' | 'subject', SpanScore>;
  for (const [name, gtypes, ptype] of defs) {
    const a = [0, 0, 0, 0];
    for (const g of inScope) {
      const p = pred.get(g.id)?.spans ?? [];
      const c = overlapCounts(regions(g.spans, gtypes), regions(p, new Set([ptype])));
      for (let i = 0; i < 4; i++) a[i] += c[i];
    }
    const r = a[0] / Math.max(1, a[1]);
    const pr = a[2] / Math.max(1, a[3]);
    spans[name] = { recall: round3(r), precision: round3(pr), f1: round3((2 * r * pr) / Math.max(1e-9, r + pr)), gold: a[1] };
  }
  return {
    in_scope: inScope.length,
    out_of_scope: oos.length,
    missing,
    intent_accuracy: round3(acc),
    oos_rejection: round3(rej),
    per_label: perLabel,
    spans,
  };
}

/** A stable fold (0-4) per id, so the held-out fold stays the same between runs. */
export function foldOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5;
}
