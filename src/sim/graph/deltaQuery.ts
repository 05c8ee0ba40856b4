import type { GraphCall } from './graphCall';
import { GraphFailure } from './graphError';
import type { GraphObject } from './collectionQuery';

/**
 * Delta rounds per "Use delta query to track changes in Microsoft Graph data": the first
 * round returns everything, later rounds (with $deltatoken) what was added, changed or
 * removed since; pages chain with $skiptoken and the last one carries @odata.deltaLink.
 */
export function deltaRound(
  call: GraphCall,
  current: (params: Record<string, string>) => GraphObject[],
  odataType: string,
  initialParams: () => Record<string, string>,
): GraphObject {
  const state = call.ctx.state;
  const q = call.req.query;
  const link = `${call.ctx.url}${call.req.path}`;
  const context = `${call.ctx.url}/v1.0/$metadata#Collection(${odataType.replace(/^#/, '')})`;
  const skip = q.get('$skiptoken');
  if (skip) {
    const pending = state.deltaPages.get(skip);
    if (!pending) throw new GraphFailure(400, 'ErrorInvalidSyncStateData', 'The sync state data is corrupt or otherwise invalid.');
    state.deltaPages.delete(skip);
    return page(call, pending.items, pending.pageSize, pending.deltaToken, context, link);
  }
  const token = q.get('$deltatoken');
  let params: Record<string, string>;
  let seen: Map<string, string>;
  if (token) {
    const snap = state.deltaSnapshots.get(token);
    if (!snap) throw new GraphFailure(400, 'ErrorInvalidSyncStateData', 'The sync state data is corrupt or otherwise invalid.');
    params = snap.params;
    seen = snap.seen;
  } else {
    params = initialParams();
    seen = new Map();
  }
  const items = current(params);
  const now = new Map(items.map((i) => [String(i.id), String(i.changeKey ?? '')]));
  const changes: GraphObject[] = items.filter((i) => seen.get(String(i.id)) !== String(i.changeKey ?? ''));
  for (const id of seen.keys()) {
    if (!now.has(id)) changes.push({ '@odata.type': odataType, id, '@removed': { reason: 'deleted' } });
  }
  const deltaToken = state.secret();
  state.deltaSnapshots.set(deltaToken, { seen: now, params });
  return page(call, changes, call.prefs.maxPageSize ?? 10, deltaToken, context, link);
}

function page(call: GraphCall, items: GraphObject[], pageSize: number, deltaToken: string, context: string, link: string): GraphObject {
  const head = items.slice(0, pageSize);
  const rest = items.slice(pageSize);
  const body: GraphObject = { '@odata.context': context, value: head };
  if (rest.length > 0) {
    const skip = call.ctx.state.secret();
    call.ctx.state.deltaPages.set(skip, { items: rest, pageSize, deltaToken, context, link });
    body['@odata.nextLink'] = `${link}?$skiptoken=${skip}`;
  } else {
    body['@odata.deltaLink'] = `${link}?$deltatoken=${deltaToken}`;
  }
  return body;
}
