/**
 * Text rewritten for the date parsers ("twenty third march" -> "23rd march",
 * "half past four" -> "4:30") with a map back to the original, so every span the
 * later parts find is reported in offsets of what the user typed.
 */
export interface NormalizedText {
  original: string;
  text: string;
  /** startMap[i]: original offset where normalized char i begins (length text.length + 1). */
  startMap: number[];
  /** endMap[i]: original offset where a span ending before normalized char i ends. */
  endMap: number[];
}

/** Maps a normalized [start, end) back to the original text. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = n.startMap[Math.max(0, Math.min(start, n.text.length))];
  const e = n.endMap[Math.max(0, Math.min(end, n.text.length))];
  return { start: s, end: Math.max(s, e) };
}

/** The rewritten text of the original [start, end): what the rewrite made of that part. */
export function rewrittenPart(n: NormalizedText, start: number, end: number): string {
  if (n.text === n.original) return n.original.slice(start, end);
  let from = 0;
  while (from < n.text.length && n.startMap[from] < start) from++;
  let to = from;
  while (to < n.text.length && n.startMap[to] < end) to++;
  return n.text.slice(from, to);
}

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Longest text whose identity map is kept for reuse. */
const MAX_SHARED_IDENTITY = 2048;
const identities: Array<readonly number[] | undefined> = [];

/**
 * [0, 1, ..., n]: both maps of a text of length n that nothing rewrote, which is most
 * messages. Shared between them and read-only, so it is built once per length.
 */
function identityMap(n: number): number[] {
  let map = identities[n];
  if (map === undefined) {
    map = Object.freeze(Array.from({ length: n + 1 }, (_, i) => i));
    if (n <= MAX_SHARED_IDENTITY) identities[n] = map;
  }
  return map as number[];
}

/** Applies non-overlapping replacements (sorted by start) and builds the offset maps. */
export function applyReplacements(original: string, replacements: Replacement[]): NormalizedText {
  if (replacements.length === 0) {
    const map = identityMap(original.length);
    return { original, text: original, startMap: map, endMap: map };
  }
  // The maps' length is counted first, so they are made once at their size rather than grown.
  let length = 0;
  let pos = 0;
  for (const r of replacements) {
    if (r.start < pos) continue;
    length += Math.max(0, r.start - pos) + r.text.length;
    pos = r.end;
  }
  length += Math.max(0, original.length - pos);
  const parts: string[] = [];
  const startMap = new Array<number>(length + 1);
  const endMap = new Array<number>(length + 1);
  endMap[0] = 0;
  let at = 0;
  pos = 0;
  for (const r of replacements) {
    if (r.start < pos) continue;
    at = copyMaps(pos, r.start, startMap, endMap, at);
    parts.push(original.slice(pos, r.start), r.text);
    for (let k = 0; k < r.text.length; k++) {
      startMap[at] = r.start;
      endMap[++at] = k === r.text.length - 1 ? r.end : r.start;
    }
    pos = r.end;
  }
  at = copyMaps(pos, original.length, startMap, endMap, at);
  parts.push(original.slice(pos, original.length));
  startMap[at] = original.length;
  return { original, text: parts.join(''), startMap, endMap };
}

/** Maps of original characters [from, to) copied as they are, written from `at`; returns where the next one goes. */
function copyMaps(from: number, to: number, startMap: number[], endMap: number[], at: number): number {
  for (let i = from; i < to; i++) {
    startMap[at] = i;
    endMap[++at] = i + 1;
  }
  return at;
}
