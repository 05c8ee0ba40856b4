import type { SimRequest, SimResponse } from '../http/exchange';
import { jsonBody } from '../http/exchange';
import { GraphFailure } from './graphError';

const MAX_REQUESTS = 20;

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

/**
 * JSON batching per "Combine multiple HTTP requests using JSON batching": at most 20
 * requests, each answered on its own, with dependsOn ordering and 424 when a dependency
 * failed.
 */
export async function runBatch(req: SimRequest, execute: (inner: SimRequest) => Promise<SimResponse>): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
  const input = jsonBody(req);
  const list = input?.requests;
  if (!Array.isArray(list)) throw new GraphFailure(400, 'BadRequest', 'Invalid batch payload format.');
  if (list.length > MAX_REQUESTS) throw new GraphFailure(400, 'BadRequest', `The number of requests in the batch exceeds the limit of ${MAX_REQUESTS}.`);
  const steps: BatchStep[] = list.map((raw) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    if (typeof r.id !== 'string' || typeof r.url !== 'string' || typeof r.method !== 'string') throw new GraphFailure(400, 'BadRequest', 'Each batch request needs id, method and url.');
    return {
      id: r.id,
      method: r.method.toUpperCase(),
      url: r.url,
      headers: (r.headers && typeof r.headers === 'object' ? r.headers : {}) as Record<string, string>,
      body: r.body,
      dependsOn: Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [],
    };
  });
  const ids = new Set<string>();
  for (const s of steps) {
    if (ids.has(s.id)) throw new GraphFailure(400, 'BadRequest', `Batch request id '${s.id}' is duplicated.`);
    ids.add(s.id);
  }
  for (const s of steps) for (const d of s.dependsOn) if (!ids.has(d)) throw new GraphFailure(400, 'BadRequest', `Batch request '${s.id}' depends on unknown request '${d}'.`);
  const results = new Map<string, { id: string; status: number; headers: Record<string, string>; body?: unknown }>();
  const visiting = new Set<string>();
  const run = async (s: BatchStep): Promise<void> => {
    if (results.has(s.id)) return;
    if (visiting.has(s.id)) throw new GraphFailure(400, 'BadRequest', `Batch request '${s.id}' depends on itself through dependsOn.`);
    visiting.add(s.id);
    for (const d of s.dependsOn) {
      const dep = steps.find((x) => x.id === d) as BatchStep;
      await run(dep);
    }
    const failed = s.dependsOn.some((d) => (results.get(d)?.status ?? 500) >= 400);
    if (failed) {
      results.set(s.id, { id: s.id, status: 424, headers: {}, body: { error: { code: 'FailedDependency', message: 'A request this one depends on failed.' } } });
      return;
    }
    const path = s.url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/?(v1\.0\/)?/, '/v1.0/');
    const url = new URL(path, 'http://batch');
    const headers = { ...req.headers, ...Object.fromEntries(Object.entries(s.headers).map(([k, v]) => [k.toLowerCase(), String(v)])) };
    const rawBody = s.body === undefined ? '' : typeof s.body === 'string' ? s.body : JSON.stringify(s.body);
    const r = await execute({ ...req, method: s.method, path: url.pathname, query: url.searchParams, headers, rawBody });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.headers ?? {})) if (k !== 'request-id' && k !== 'client-request-id') outHeaders[k] = v;
    if (r.body !== undefined) outHeaders['content-type'] = 'application/json';
    results.set(s.id, { id: s.id, status: r.status, headers: outHeaders, ...(r.body !== undefined ? { body: r.body } : {}) });
  };
  for (const s of steps) await run(s);
  return { status: 200, body: { responses: steps.map((s) => results.get(s.id)) } };
}
