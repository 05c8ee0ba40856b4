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

/**
 * How change notifications are delivered, retried and throttled ("Receive change notifications
 * through webhooks", sections "Processing the change notification" and "Throttling"). Times are
 * real (wall-clock) milliseconds: they are about the endpoint's latency, not the tenant's clock.
 */
export interface NotificationDeliveryPolicy {
  /** Waits after each failed attempt; when they are used up the batch is discarded and `missed` is sent. */
  retryDelaysMs: number[];
  /** An attempt not answered with 2xx within this time has failed (Graph: 3 s). */
  responseTimeoutMs: number;
  /** An answer taking longer than this is slow (Graph: 2900 ms). */
  slowResponseMs: number;
  /** Slow answers are judged once an endpoint has received this many POSTs in the window (Graph: 100). */
  evaluationMinimum: number;
  /** Share of slow answers that flags an endpoint as slow, so it is throttled (Graph: 10 %). */
  throttleRatio: number;
  /** Share of slow answers at which a throttled endpoint's notifications are dropped (Graph: 15 %). */
  dropRatio: number;
  /** A throttled endpoint's notifications wait this long, and its failures are retried after at least this long (Graph: 10 minutes). */
  throttledDelayMs: number;
  /** The counts of answers are flushed this often (Graph: 10 minutes). */
  evaluationWindowMs: number;
}

const MINUTE_MS = 60_000;

/**
 * Graph's documented delivery behaviour. Graph does not publish its retry schedule, only that
 * it backs off and keeps trying for up to 4 hours: here the waits double from one minute, and the
 * last one ends the 4 hours (1+2+4+8+16+32+64+113 minutes).
 */
export const GRAPH_NOTIFICATION_DELIVERY: NotificationDeliveryPolicy = {
  retryDelaysMs: [1, 2, 4, 8, 16, 32, 64, 113].map((m) => m * MINUTE_MS),
  responseTimeoutMs: 3000,
  slowResponseMs: 2900,
  evaluationMinimum: 100,
  throttleRatio: 0.1,
  dropRatio: 0.15,
  throttledDelayMs: 10 * MINUTE_MS,
  evaluationWindowMs: 10 * MINUTE_MS,
};

const BATCH_WINDOW_MS = 50;

/** Answers an endpoint gave in the current evaluation window. */
interface EndpointHealth {
  windowStartedAt: number;
  answered: number;
  slow: number;
}

type EndpointState = 'normal' | 'throttled' | 'dropping';

/**
 * Batches change notifications per endpoint, POSTs them as {value:[...]}, retries failures
 * on the policy's backoff schedule, and throttles or drops for endpoints that answer slowly.
 */
export class NotificationSender {
  private readonly queues = new Map<string, Pending>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly health = new Map<string, EndpointHealth>();
  private closed = false;

  constructor(
    private readonly ctx: SimContext,
    private readonly policy: NotificationDeliveryPolicy,
    private readonly onGiveUp: (url: string, items: Record<string, unknown>[]) => void,
  ) {}

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
      if (batch) this.dispatch(batch);
    });
  }

  /** How the endpoint is treated now, from the share of slow answers in the current window. */
  private endpointState(url: string): EndpointState {
    const h = this.currentHealth(url);
    if (h.answered < this.policy.evaluationMinimum || h.answered === 0) return 'normal';
    const ratio = h.slow / h.answered;
    if (ratio >= this.policy.dropRatio) return 'dropping';
    if (ratio >= this.policy.throttleRatio) return 'throttled';
    return 'normal';
  }

  private currentHealth(url: string): EndpointHealth {
    const now = Date.now();
    let h = this.health.get(url);
    if (!h || now - h.windowStartedAt >= this.policy.evaluationWindowMs) {
      h = { windowStartedAt: now, answered: 0, slow: 0 };
      this.health.set(url, h);
    }
    return h;
  }

  private dispatch(batch: Pending): void {
    const state = this.endpointState(batch.url);
    if (state === 'dropping') {
      this.drop(batch);
      return;
    }
    if (state === 'throttled') {
      this.later(this.policy.throttledDelayMs, () => void this.deliver(batch, 0));
      return;
    }
    void this.deliver(batch, 0);
  }

  private drop(batch: Pending): void {
    this.ctx.state.deliveries.push({ kind: batch.kind, at: this.ctx.clock.now().toISOString(), to: batch.url, outcome: 'dropped', payload: { value: batch.items } });
    if (batch.kind === 'notification') this.onGiveUp(batch.url, batch.items);
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
    if (attempt > 0 && this.endpointState(batch.url) === 'dropping') {
      this.drop(batch);
      return;
    }
    const body = JSON.stringify({ value: batch.items });
    // Latency is the endpoint's real latency, so it is measured on the wall clock, not the tenant's clock.
    const started = Date.now();
    const r = await postToClient(batch.url, body, 'application/json; charset=utf-8', this.policy.responseTimeoutMs);
    const elapsed = Date.now() - started;
    if (this.closed) return;
    const slow = elapsed > this.policy.slowResponseMs;
    const h = this.currentHealth(batch.url);
    h.answered += 1;
    if (slow) h.slow += 1;
    const ok = r.status >= 200 && r.status < 300 && elapsed <= this.policy.responseTimeoutMs;
    this.ctx.state.deliveries.push({ kind: batch.kind, at: this.ctx.clock.now().toISOString(), to: batch.url, status: r.status, outcome: ok ? 'delivered' : 'failed', slow, payload: JSON.parse(body) as unknown });
    if (ok) return;
    if (attempt < this.policy.retryDelaysMs.length) {
      const backoff = this.policy.retryDelaysMs[attempt];
      const wait = this.endpointState(batch.url) === 'throttled' ? Math.max(backoff, this.policy.throttledDelayMs) : backoff;
      this.later(wait, () => void this.deliver(batch, attempt + 1));
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
