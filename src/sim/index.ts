import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../time/clock';
import { createLogger, type Logger } from '../log';
import { listenDualProtocol } from './http/dualProtocolListener';
import { SigningKey } from './entra/signingKey';
import { TenantState, type Delivery } from './state/tenantState';
import { TENANT_ID } from './state/directory';
import type { SimContext } from './simContext';
import { createRequestListener } from './server';
import type { ControlTargets, FaultRule } from './control';
import { seedDemo } from './seed/demo';
import { seedDirectory } from './seed/mailboxProvisioning';
import { demoApp } from './seed/demoPeople';
import { SubscriptionService } from './graph/subscriptions';
import { GRAPH_NOTIFICATION_DELIVERY, type NotificationDeliveryPolicy } from './graph/notificationSender';

export { TENANT_ID } from './state/directory';
export { DEMO_USER_IDS } from './seed/demoPeople';
export type { FaultRule } from './control';
export type { Delivery } from './state/tenantState';
export { GRAPH_NOTIFICATION_DELIVERY, type NotificationDeliveryPolicy } from './graph/notificationSender';

export interface GraphStandInOptions {
  clock: Clock;
  /** Default 5099; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  seed?: 'demo' | 'empty';
  /** Access token lifetime; default 3600. */
  tokenLifetimeSeconds?: number;
  logger?: Logger;
  /**
   * Retry schedule and slow-endpoint throttling of change notifications; each field defaults to
   * GRAPH_NOTIFICATION_DELIVERY (Graph's documented behaviour: retries for up to 4 hours). Tests
   * pass short delays, e.g. `{ retryDelaysMs: [100, 200, 400] }`.
   */
  notificationDelivery?: Partial<NotificationDeliveryPolicy>;
  /** How often (real milliseconds) the shared clock is checked for expired subscriptions and due reauthorizationRequired challenges; default 1000. */
  lifecycleCheckIntervalMs?: number;
}

export interface GraphStandIn {
  /** "http://127.0.0.1:PORT": Graph lives under `${url}/v1.0`. */
  url: string;
  /** "https://127.0.0.1:PORT": the MSAL authority is `${authorityHost}/${tenantId}`. */
  authorityHost: string;
  port: number;
  tenantId: string;
  /** The development certificate the HTTPS side presents, for TrustingNetworkClient. */
  certificatePem: string;
  /** The demo app registration (client id, secret, redirect URI). */
  app: { clientId: string; clientSecret: string; redirectUri: string };
  /** The in-memory tenant, for assertions in tests. */
  state: TenantState;
  reset(seed?: 'demo' | 'empty'): void;
  deliveries(): Delivery[];
  close(): Promise<void>;
}

const TLS_DIR = join(__dirname, 'tls');

export async function startGraphStandIn(options: GraphStandInOptions): Promise<GraphStandIn> {
  const host = options.host ?? '127.0.0.1';
  const cert = readFileSync(join(TLS_DIR, 'localhost.crt'), 'utf8');
  const key = readFileSync(join(TLS_DIR, 'localhost.key'), 'utf8');
  const state = new TenantState();
  const ctx: SimContext = {
    state,
    clock: options.clock,
    logger: options.logger ?? createLogger('silent', 'graph-stand-in'),
    key: new SigningKey(),
    url: '',
    authorityHost: '',
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    refreshTokenLifetimeSeconds: 90 * 86400,
  };
  const subscriptions = new SubscriptionService(ctx, {
    delivery: { ...GRAPH_NOTIFICATION_DELIVERY, ...(options.notificationDelivery ?? {}) },
    lifecycleCheckIntervalMs: options.lifecycleCheckIntervalMs ?? 1000,
  });
  ctx.subscriptions = subscriptions;
  ctx.onChange = (ownerId, collection, id, changeType) => subscriptions.changed(ownerId, collection, id, changeType);
  const reset = (seed: 'demo' | 'empty' = 'demo'): void => {
    state.clear();
    if (seed === 'demo') seedDemo(ctx);
    else seedDirectory(ctx);
  };
  const faults: FaultRule[] = [];
  const targets: ControlTargets = { reset, faults, throttling: { perMailboxConcurrency: null }, clockMoved: () => subscriptions.checkClock() };
  let listener: Awaited<ReturnType<typeof listenDualProtocol>>;
  try {
    listener = await listenDualProtocol({ port: options.port ?? 5099, host, cert, key }, createRequestListener(ctx, targets));
  } catch (error) {
    subscriptions.close();
    throw error;
  }
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  ctx.url = `http://${hostInUrl}:${listener.port}`;
  ctx.authorityHost = `https://${hostInUrl}:${listener.port}`;
  reset(options.seed ?? 'demo');
  const app = demoApp();
  return {
    url: ctx.url,
    authorityHost: ctx.authorityHost,
    port: listener.port,
    tenantId: TENANT_ID,
    certificatePem: cert,
    app: { clientId: app.clientId, clientSecret: app.clientSecret, redirectUri: app.redirectUris[0] },
    state,
    reset,
    deliveries: () => [...state.deliveries],
    close: async () => {
      subscriptions.close();
      await listener.close();
    },
  };
}
