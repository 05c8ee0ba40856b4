import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimContext } from './simContext';
import type { SimRequest, SimResponse } from './http/exchange';
import { header } from './http/exchange';
import { entraRoute } from './entra/entraRoutes';
import { graphRoute } from './graph/graphRoutes';
import { userInfoRoute } from './graph/userInfo';
import { graphError } from './graph/graphError';
import { controlRoute, takeFault, type ControlTargets } from './control';
import { entraError } from './entra/entraError';

const MAX_BODY_BYTES = 4 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, r: SimResponse): void {
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  let payload: string | undefined;
  if (r.body !== undefined) {
    if (typeof r.body === 'string') {
      payload = r.body;
      headers['content-type'] = r.contentType ?? 'text/plain; charset=utf-8';
    } else {
      payload = JSON.stringify(r.body);
      headers['content-type'] = r.contentType ?? 'application/json; charset=utf-8';
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
  } else {
    headers['content-length'] = '0';
  }
  res.writeHead(r.status, headers);
  res.end(payload);
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The mailbox a Graph request is addressed to, for per-mailbox throttling. */
function mailboxKey(ctx: SimContext, req: SimRequest): string | undefined {
  const m = /^\/v1\.0\/(me|users\/([^/]+))(\/|$)/.exec(req.path);
  if (!m) return undefined;
  if (m[2]) return ctx.state.user(decodeURIComponent(m[2]))?.id ?? m[2];
  const auth = header(req, 'authorization') ?? '';
  const claims = ctx.key.verify(auth.replace(/^Bearer\s+/i, ''))?.payload;
  return typeof claims?.oid === 'string' ? claims.oid : undefined;
}

/** Builds the request listener shared by the HTTP and HTTPS sides of the port. */
export function createRequestListener(ctx: SimContext, targets: ControlTargets): (req: IncomingMessage, res: ServerResponse, secure: boolean) => void {
  const inFlight = new Map<string, number>();

  const handle = async (req: SimRequest): Promise<SimResponse> => {
    if (req.path.startsWith('/_sim/')) return controlRoute(ctx, targets, req);
    const isGraph = req.path.startsWith('/v1.0/') || req.path === '/v1.0';
    // Injected latency counts as time in flight, so faults and throttling compose.
    const withFaults = async (inner: () => Promise<SimResponse> | SimResponse): Promise<SimResponse> => {
      const fault = takeFault(targets.faults, req);
      if (fault?.delayMs) await delay(fault.delayMs);
      if (fault?.status && fault.status >= 400) return faultResponse(ctx, req, fault.status, fault.retryAfterSeconds, isGraph);
      return inner();
    };
    if (isGraph) {
      const limit = targets.throttling.perMailboxConcurrency;
      const key = limit ? mailboxKey(ctx, req) : undefined;
      if (!key || !limit) return withFaults(() => graphRoute(ctx, req));
      const current = inFlight.get(key) ?? 0;
      if (current >= limit) {
        return graphError(ctx.clock.now(), req, 429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'retry-after': '1' });
      }
      inFlight.set(key, current + 1);
      try {
        return await withFaults(() => graphRoute(ctx, req));
      } finally {
        const left = (inFlight.get(key) ?? 1) - 1;
        if (left <= 0) inFlight.delete(key);
        else inFlight.set(key, left);
      }
    }
    const early = await withFaults(() => ({ status: 0 }));
    if (early.status !== 0) return early;
    if (req.path === '/oidc/userinfo') return userInfoRoute(ctx, req);
    const entra = entraRoute(ctx, req);
    if (entra) return entra;
    if (req.path === '/' && req.method === 'GET') {
      return { status: 200, body: { graph: `${ctx.url}/v1.0`, authority: `${ctx.authorityHost}/00000000-0000-0000-0000-0000000000001`, control: `${ctx.url}/_sim/` } };
    }
    return { status: 404, body: { error: { code: 'NotFound', message: `Nothing is served at ${req.path}.` } } };
  };

  return (raw, res, secure) => {
    const requestId = randomUUID();
    const url = new URL(raw.url ?? '/', 'http://stand-in');
    readBody(raw)
      .then((rawBody) => {
        const req: SimRequest = { method: (raw.method ?? 'GET').toUpperCase(), path: url.pathname, query: url.searchParams, headers: raw.headers, rawBody, secure, requestId };
        return handle(req);
      })
      .then((r) => {
        ctx.logger.debug({ method: raw.method, path: url.pathname, status: r.status }, 'stand-in request');
        write(res, r);
      })
      .catch((err: unknown) => {
        ctx.logger.error({ err, path: url.pathname }, 'stand-in request failed');
        if (!res.headersSent) write(res, { status: 500, body: { error: { code: 'generalException', message: 'The stand-in failed to handle the request.' } } });
      });
  };
}

function faultResponse(ctx: SimContext, req: SimRequest, status: number, retryAfterSeconds: number | undefined, isGraph: boolean): SimResponse {
  const now = ctx.clock.now();
  const retry: Record<string, string> = retryAfterSeconds !== undefined ? { 'retry-after': String(retryAfterSeconds) } : {};
  if (!isGraph) {
    const r = entraError(now, status, 'invalid_request', 90033, 'A transient error has occurred. Please try again.');
    return { ...r, headers: { ...(r.headers ?? {}), ...retry } };
  }
  const codes: Record<number, [string, string]> = {
    429: ['TooManyRequests', 'Too many requests.'],
    503: ['ServiceNotAvailable', 'Service is unavailable. Please retry later.'],
    504: ['UnknownError', 'Gateway timeout.'],
    500: ['generalException', 'General exception while processing.'],
  };
  const [code, message] = codes[status] ?? ['UnknownError', `Injected failure ${status}.`];
  const extra = status === 429 && retryAfterSeconds === undefined ? { 'retry-after': '1' } : retry;
  return graphError(now, req, status, code, message, extra);
}
