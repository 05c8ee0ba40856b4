import type { SimRequest } from '../http/exchange';
import { GraphFailure } from './graphError';
import { filterPaths, matchesFilter, parseFilter, type FilterNode } from './filterExpression';
import type { Preferences } from './preferences';

export type GraphObject = Record<string, unknown>;

export interface CollectionOptions {
  /** Page size when neither $top nor Prefer: odata.maxpagesize says otherwise (Graph: 10 for events and messages). */
  defaultPageSize: number;
  /** Applied when the client gives no $orderby. */
  defaultOrder?: (a: GraphObject, b: GraphObject) => number;
  /** Free-text $search over an item; undefined when the collection does not support it. */
  search?: (item: GraphObject, term: string) => boolean;
  /**
   * Exchange's rules for messages: $orderby properties must lead $filter in the same order,
   * and $search can't be combined with $orderby ("Update to filtering and sorting REST API").
   */
  exchangeSortRules?: boolean;
  /** Base URL of the stand-in, for @odata.nextLink. */
  url: string;
  context: string;
}

function pathValue(item: GraphObject, path: string): unknown {
  let current: unknown = item;
  for (const seg of path.split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[seg];
  }
  return current;
}

function orderBy(spec: string): (a: GraphObject, b: GraphObject) => number {
  const keys = spec.split(',').map((part) => {
    const [path, dir] = part.trim().split(/\s+/);
    return { path, desc: (dir ?? '').toLowerCase() === 'desc' };
  });
  return (a, b) => {
    for (const k of keys) {
      const va = pathValue(a, k.path);
      const vb = pathValue(b, k.path);
      let cmp = 0;
      if (typeof va === 'number' && typeof vb === 'number') cmp = va - vb;
      else if (typeof va === 'boolean' && typeof vb === 'boolean') cmp = Number(va) - Number(vb);
      else cmp = String(va ?? '').localeCompare(String(vb ?? ''));
      if (cmp !== 0) return k.desc ? -cmp : cmp;
    }
    return 0;
  };
}

function checkExchangeSortRules(filter: FilterNode | undefined, order: string | null, search: string | null): void {
  if (!order) return;
  if (search) throw new GraphFailure(400, 'BadRequest', "The query parameter '$orderBy' is not supported with '$search'.");
  if (!filter) return;
  const sorted = order.split(',').map((p) => p.trim().split(/\s+/)[0]);
  const filtered = filterPaths(filter);
  const leads = sorted.every((p, i) => filtered[i] === p);
  if (!leads) throw new GraphFailure(400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.');
}

/** $select keeps the named properties plus the ones Graph always returns. */
export function applySelect(item: GraphObject, select: string | null): GraphObject {
  if (!select) return item;
  const wanted = new Set(select.split(',').map((s) => s.trim()).filter(Boolean));
  const out: GraphObject = {};
  for (const [k, v] of Object.entries(item)) {
    if (k === 'id' || k.startsWith('@odata.') || wanted.has(k)) out[k] = v;
  }
  return out;
}

function nonNegativeInt(req: SimRequest, name: string): number | undefined {
  const raw = req.query.get(name);
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new GraphFailure(400, 'BadRequest', `Invalid value '${raw}' for query option ${name}.`);
  return n;
}

/** The same request with $skip moved on; OData names keep their literal "$" as Graph writes them. */
export function nextLink(url: string, req: SimRequest, skip: number): string {
  const params = [...req.query.entries()].filter(([k]) => k !== '$skip');
  params.push(['$skip', String(skip)]);
  const query = params.map(([k, v]) => `${encodeURIComponent(k).replace(/^%24/, '$')}=${encodeURIComponent(v)}`).join('&');
  return `${url}${req.path}?${query}`;
}

/**
 * $filter, $search, $orderby, $count, $skip, $top, $select and paging over an already
 * rendered collection, with @odata.nextLink carrying $skip as Graph's does.
 */
export function queryCollection(req: SimRequest, prefs: Preferences, items: GraphObject[], options: CollectionOptions): GraphObject {
  let result = items;
  const filter = req.query.get('$filter');
  const order = req.query.get('$orderby');
  let node: FilterNode | undefined;
  if (filter) node = parseFilter(filter);
  if (options.exchangeSortRules) checkExchangeSortRules(node, order, req.query.get('$search'));
  if (node) {
    const parsed = node;
    result = result.filter((i) => matchesFilter(parsed, i));
  }
  const search = req.query.get('$search');
  if (search) {
    if (!options.search) throw new GraphFailure(400, 'BadRequest', 'Search is not supported on this collection.');
    const term = search.replace(/^"|"$/g, '').trim();
    const searcher = options.search;
    result = result.filter((i) => searcher(i, term));
  }
  if (order) result = [...result].sort(orderBy(order));
  else if (options.defaultOrder) result = [...result].sort(options.defaultOrder);
  const total = result.length;
  const skip = nonNegativeInt(req, '$skip') ?? 0;
  const top = nonNegativeInt(req, '$top');
  const pageSize = Math.min(top ?? prefs.maxPageSize ?? options.defaultPageSize, 1000);
  const page = result.slice(skip, skip + pageSize);
  const body: GraphObject = { '@odata.context': options.context };
  if (req.query.get('$count') === 'true') body['@odata.count'] = total;
  body.value = page.map((i) => applySelect(i, req.query.get('$select')));
  if (skip + page.length < total) body['@odata.nextLink'] = nextLink(options.url, req, skip + page.length);
  return body;
}
