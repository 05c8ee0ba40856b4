import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { randomUUID } from 'node:crypto';
import type { SimContext } from '../simContext';

/** One POST to a client's endpoint; resolves with the status (0 on network failure or timeout). */
export function postToClient(url: string, body: string, contentType: string, timeoutMs: number, ca?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ status: 0, text: '' });
      return;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method: 'POST', headers: { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) }, timeout: timeoutMs, ...(ca ? { ca } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: 0, text: '' }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

/** Graph's subscription validation: POST ?validationToken=..., the endpoint must echo it as text/plain within 10 s. */
export async function validateEndpoint(url: string): Promise<boolean> {
  const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
  const target = new URL(url);
  target.searchParams.set('validationToken', token);
  const r = await postToClient(target.toString(), '', 'text/plain; charset=utf-8', 10000);
  return r.status === 200 && r.text === token;
}

interface Pending {
  url: string;
  items: Record<string, unknown>[];
  kind: 'notification' | 'lifecycleNotification';
}

const BATCH_WINDOW_MS = 50;
const RESPONSE_LIMIT_MS = 3000;
const RETRY_DELAYS_MS = [500, 1000, 2000, 4000];

/**
 * Batches change notifications per endpoint, POSTs them as {value:[...]}, and retries
 * with backoff when the endpoint answers non-2xx or takes longer than 3 s.
 */
export class NotificationSender {
  private readonly queues = new Map<string, Pending>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly ctx: SimContext, private readonly onGiveUp: (url: string, items: Record<string, unknown>[]) => void) {}

  enqueue(url: string, item: Record<string, unknown>, kind: Pending['kind'] = 'notification'): void {
    const key = `${kind} ${url}`;
    const pending = this.queues.get(key);
    if (pending) {
      pending.items.push(item);
      return;
    }
    this.queues.set(key, { url, items: [item], kind });
    this.later(BATCH_WINDOW_MS, () => {
      const batch = this.queues.get(key);
      this.queues.delete(key);
      if (batch) void this.deliver(batch, 0);
    });
  }

  private later(ms: number, fn: () => void): void {
    if (this.closed) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  private async deliver(batch: Pending, attempt: number): Promise<void> {
    if (this.closed) return;
    const body = JSON.stringify({ value: batch.items });
    // The 3-second limit is about the endpoint's real latency, so it is measured on the wall clock, not the tenant's clock.
    const started = Date.now();
    const r = await postToClient(batch.url, body, 'application/json; charset=utf-8', RESPONSE_LIMIT_MS + 500);
    const slow = Date.now() - started > RESPONSE_LIMIT_MS;
    const ok = r.status >= 200 && r.status < 300 && !slow;
    this.ctx.state.deliveries.push({ kind: batch.kind, at: this.ctx.clock.now().toISOString(), to: batch.url, status: r.status, payload: JSON.parse(body) as unknown });
    if (ok) return;
    if (attempt < RETRY_DELAYS_MS.length) {
      this.later(RETRY_DELAYS_MS[attempt], () => void this.deliver(batch, attempt + 1));
    } else if (batch.kind === 'notification') {
      this.onGiveUp(batch.url, batch.items);
    }
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.queues.clear();
  }
}
