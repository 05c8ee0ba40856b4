import { GraphFailure } from './graphError';

/**
 * A small OData $filter interpreter over rendered Graph JSON: comparison operators,
 * and/or/not, parentheses, startswith/endswith/contains, string, number, boolean, null
 * and date-time literals, and property paths such as from/emailAddress/address.
 */
export type FilterNode =
  | { kind: 'literal'; value: string | number | boolean | null; isDate: boolean }
  | { kind: 'path'; segments: string[] }
  | { kind: 'compare'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; left: FilterNode; right: FilterNode }
  | { kind: 'logical'; op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'call'; name: 'startswith' | 'endswith' | 'contains'; args: FilterNode[] };

type Token = { type: 'str'; text: string } | { type: 'word'; text: string } | { type: 'punct'; text: string };

function invalid(detail: string): GraphFailure {
  return new GraphFailure(400, 'BadRequest', `Invalid filter clause: ${detail}`);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= text.length) throw invalid('unterminated string literal.');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += text[i++];
      }
      tokens.push({ type: 'str', text: s });
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: 'punct', text: c });
      i++;
    } else {
      const m = /^[^\s(),']+/.exec(text.slice(i));
      if (!m) throw invalid(`unexpected character '${c}'.`);
      tokens.push({ type: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

const COMPARISONS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (w: string): boolean => {
    const t = peek();
    return t !== undefined && t.type === 'word' && t.text.toLowerCase() === w;
  };
  const expect = (p: string): void => {
    const t = tokens[pos++];
    if (!t || t.type !== 'punct' || t.text !== p) throw invalid(`expected '${p}'.`);
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord('or')) {
      pos++;
      left = { kind: 'logical', op: 'or', left, right: parseAnd() };
    }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseUnary();
    while (isWord('and')) {
      pos++;
      left = { kind: 'logical', op: 'and', left, right: parseUnary() };
    }
    return left;
  }
  function parseUnary(): FilterNode {
    if (isWord('not')) {
      pos++;
      return { kind: 'not', operand: parseUnary() };
    }
    const left = parsePrimary();
    const t = peek();
    if (t && t.type === 'word') {
      const op = COMPARISONS.find((o) => o === t.text.toLowerCase());
      if (op) {
        pos++;
        return { kind: 'compare', op, left, right: parsePrimary() };
      }
    }
    return left;
  }
  function parsePrimary(): FilterNode {
    const t = tokens[pos++];
    if (!t) throw invalid('unexpected end of expression.');
    if (t.type === 'punct' && t.text === '(') {
      const inner = parseOr();
      expect(')');
      return inner;
    }
    if (t.type === 'str') return { kind: 'literal', value: t.text, isDate: false };
    if (t.type === 'punct') throw invalid(`unexpected '${t.text}'.`);
    const word = t.text;
    const lower = word.toLowerCase();
    const next = peek();
    if (next && next.type === 'punct' && next.text === '(') {
      if (lower !== 'startswith' && lower !== 'endswith' && lower !== 'contains') throw invalid(`function '${word}' is not supported.`);
      pos++;
      const args: FilterNode[] = [parseOr()];
      while (peek()?.type === 'punct' && peek()?.text === ',') {
        pos++;
        args.push(parseOr());
      }
      expect(')');
      if (args.length !== 2) throw invalid(`${word} takes two arguments.`);
      return { kind: 'call', name: lower, args };
    }
    if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', isDate: false };
    if (lower === 'null') return { kind: 'literal', value: null, isDate: false };
    if (DATE_LITERAL.test(word)) return { kind: 'literal', value: word, isDate: true };
    if (/^-?\d+(\.\d+)?$/.test(word)) return { kind: 'literal', value: Number(word), isDate: false };
    if (/^[A-Za-z_@][\w@.]*(\/[A-Za-z_][\w]*)*$/.test(word)) return { kind: 'path', segments: word.split('/') };
    throw invalid(`unexpected '${word}'.`);
  }

  const node = parseOr();
  if (pos !== tokens.length) throw invalid(`unexpected '${tokens[pos].text}'.`);
  return node;
}

function resolvePath(item: unknown, segments: string[]): unknown {
  let current: unknown = item;
  for (const seg of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Record<string, unknown>;
    if (seg in record) {
      current = record[seg];
    } else {
      const key = Object.keys(record).find((k) => k.toLowerCase() === seg.toLowerCase());
      current = key === undefined ? undefined : record[key];
    }
  }
  return current;
}

type Value = string | number | boolean | null | undefined;

function evaluateValue(node: FilterNode, item: unknown): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'path': {
      const v = resolvePath(item, node.segments);
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined;
    }
    default:
      return matchesFilter(node, item);
  }
}

function asInstant(v: Value): number | undefined {
  if (typeof v !== 'string' || !DATE_LITERAL.test(v.replace(/\.\d+/, ''))) return undefined;
  // Graph's offset-less dateTime strings are wall times in the response's zone; compare them as UTC.
  const withZone = /Z|[+-]\d{2}:\d{2}$/.test(v) ? v : `${v}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? undefined : t;
}

function compare(op: string, a: Value, b: Value): boolean {
  const ta = asInstant(a);
  const tb = asInstant(b);
  let cmp: number;
  if (ta !== undefined && tb !== undefined) {
    cmp = ta - tb;
  } else if (typeof a === 'string' && typeof b === 'string') {
    cmp = a.toLowerCase().localeCompare(b.toLowerCase());
  } else if (typeof a === 'number' && typeof b === 'number') {
    cmp = a - b;
  } else {
    const same = (a ?? null) === (b ?? null);
    if (op === 'eq') return same;
    if (op === 'ne') return !same;
    return false;
  }
  switch (op) {
    case 'eq':
      return cmp === 0;
    case 'ne':
      return cmp !== 0;
    case 'gt':
      return cmp > 0;
    case 'ge':
      return cmp >= 0;
    case 'lt':
      return cmp < 0;
    default:
      return cmp <= 0;
  }
}

export function matchesFilter(node: FilterNode, item: unknown): boolean {
  switch (node.kind) {
    case 'logical':
      return node.op === 'and' ? matchesFilter(node.left, item) && matchesFilter(node.right, item) : matchesFilter(node.left, item) || matchesFilter(node.right, item);
    case 'not':
      return !matchesFilter(node.operand, item);
    case 'compare':
      return compare(node.op, evaluateValue(node.left, item), evaluateValue(node.right, item));
    case 'call': {
      const hay = evaluateValue(node.args[0], item);
      const needle = evaluateValue(node.args[1], item);
      if (typeof hay !== 'string' || typeof needle !== 'string') return false;
      const h = hay.toLowerCase();
      const n = needle.toLowerCase();
      if (node.name === 'startswith') return h.startsWith(n);
      if (node.name === 'endswith') return h.endsWith(n);
      return h.includes(n);
    }
    case 'literal':
      return node.value === true;
    case 'path':
      return resolvePath(item, node.segments) === true;
  }
}

/** Property paths in the order they first appear in the expression, left to right. */
export function filterPaths(node: FilterNode): string[] {
  const out: string[] = [];
  const walk = (n: FilterNode): void => {
    switch (n.kind) {
      case 'path': {
        const p = n.segments.join('/');
        if (!out.includes(p)) out.push(p);
        return;
      }
      case 'compare':
      case 'logical':
        walk(n.left);
        walk(n.right);
        return;
      case 'not':
        walk(n.operand);
        return;
      case 'call':
        n.args.forEach(walk);
        return;
      default:
        return;
    }
  };
  walk(node);
  return out;
}
