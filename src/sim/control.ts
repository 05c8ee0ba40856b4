import type { SimContext } from './simContext';
import type { SimRequest, SimResponse } from './http/exchange';
import { jsonBody } from './http/exchange';
import type { Clock } from '../time/clock';

/** A rule that makes the next `count` matching requests fail (or wait) as a busy service would. */
export interface FaultRule {
  path: string;
  method?: string;
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  count: number;
}

interface AdjustableLike extends Clock {
  set(instant: Date): void;
  freeze(instant?: Date): void;
  reset(): void;
}

function adjustable(clock: Clock): AdjustableLike | undefined {
  const c = clock as Partial<AdjustableLike>;
  return typeof c.set === 'function' && typeof c.freeze === 'function' && typeof c.reset === 'function' ? (clock as AdjustableLike) : undefined;
}

/** What the control API changes in the running stand-in. */
export interface ControlTargets {
  reset(seed: 'demo' | 'empty'): void;
  faults: FaultRule[];
  throttling: { perMailboxConcurrency: number | null };
  /** Runs what falls due on the shared clock (expiries, reauthorization challenges) right after it moves. */
  clockMoved?: () => void;
}

function json(status: number, body: unknown): SimResponse {
  return { status, body };
}

function matches(rule: FaultRule, req: SimRequest): boolean {
  if (rule.method && rule.method.toUpperCase() !== req.method) return false;
  const target = req.path;
  if (target.startsWith(rule.path)) return true;
  try {
    return new RegExp(rule.path).test(target);
  } catch {
    return false;
  }
}

/** The first armed rule matching the request, consumed by one. */
export function takeFault(rules: FaultRule[], req: SimRequest): FaultRule | undefined {
  const rule = rules.find((r) => r.count > 0 && matches(r, req));
  if (!rule) return undefined;
  rule.count -= 1;
  if (rule.count === 0) rules.splice(rules.indexOf(rule), 1);
  return rule;
}

/**
 * The local-only test API under /_sim/: reset the tenant, move or freeze the clock, read
 * what was delivered, inject faults and turn mailbox concurrency throttling on or off.
 */
export function controlRoute(ctx: SimContext, targets: ControlTargets, req: SimRequest): SimResponse {
  const body = jsonBody(req) ?? {};
  const route = `${req.method} ${req.path}`;
  switch (route) {
    case 'POST /_sim/reset': {
      const seed = body.seed === 'empty' ? 'empty' : 'demo';
      targets.reset(seed);
      return json(200, { seed, now: ctx.clock.now().toISOString() });
    }
    case 'GET /_sim/clock':
      return json(200, { now: ctx.clock.now().toISOString() });
    case 'POST /_sim/clock': {
      const clock = adjustable(ctx.clock);
      if (!clock) return json(409, { error: 'The stand-in was started with a clock that cannot be adjusted.' });
      if (body.reset === true) clock.reset();
      if (typeof body.now === 'string') {
        const t = Date.parse(body.now);
        if (Number.isNaN(t)) return json(400, { error: `Invalid instant '${body.now}'.` });
        if (body.freeze === true) clock.freeze(new Date(t));
        else clock.set(new Date(t));
      } else if (body.freeze === true) {
        clock.freeze();
      } else if (body.freeze === false) {
        clock.set(clock.now());
      }
      targets.clockMoved?.();
      return json(200, { now: ctx.clock.now().toISOString() });
    }
    case 'GET /_sim/deliveries':
      return json(200, { value: ctx.state.deliveries });
    case 'DELETE /_sim/deliveries':
      ctx.state.deliveries.length = 0;
      return { status: 204 };
    case 'POST /_sim/faults': {
      if (typeof body.path !== 'string' || !body.path) return json(400, { error: 'path is required' });
      const rule: FaultRule = {
        path: body.path,
        method: typeof body.method === 'string' ? body.method : undefined,
        status: typeof body.status === 'number' ? body.status : undefined,
        retryAfterSeconds: typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : undefined,
        delayMs: typeof body.delayMs === 'number' ? body.delayMs : undefined,
        count: typeof body.count === 'number' && body.count > 0 ? Math.floor(body.count) : 1,
      };
      targets.faults.push(rule);
      return json(201, rule);
    }
    case 'DELETE /_sim/faults':
      targets.faults.length = 0;
      return { status: 204 };
    case 'POST /_sim/throttling': {
      const n = body.perMailboxConcurrency;
      targets.throttling.perMailboxConcurrency = typeof n === 'number' && n > 0 ? Math.floor(n) : null;
      return json(200, targets.throttling);
    }
    case 'POST /_sim/revoke': {
      // Revokes refresh tokens (all, or one user's), as a password reset or admin revocation does.
      const userId = typeof body.userId === 'string' ? body.userId : undefined;
      let revoked = 0;
      for (const grant of ctx.state.refreshTokens.values()) {
        if (!userId || grant.userId === userId) {
          grant.revoked = true;
          revoked++;
        }
      }
      // The users must sign in again, so Graph removes their delegated subscriptions (subscriptionRemoved).
      const subscriptionsRemoved = ctx.subscriptions?.removeForReauthentication(userId) ?? 0;
      return json(200, { revoked, subscriptionsRemoved });
    }
    default: {
      const lifecycle = /^POST \/_sim\/subscriptions\/([^/]+)\/lifecycle$/.exec(route);
      if (lifecycle && ctx.subscriptions) {
        const event = body.lifecycleEvent;
        if (event !== 'reauthorizationRequired' && event !== 'subscriptionRemoved' && event !== 'missed') return json(400, { error: 'lifecycleEvent must be reauthorizationRequired, subscriptionRemoved or missed' });
        return ctx.subscriptions.lifecycle(decodeURIComponent(lifecycle[1]), event) ? json(202, { lifecycleEvent: event }) : json(404, { error: 'No such subscription with a lifecycleNotificationUrl.' });
      }
      return json(404, { error: `No control endpoint ${route}.` });
    }
  }
}
