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

export { TENANT_ID } from './state/directory';
export { DEMO_USER_IDS } from './seed/demoPeople';
export type { FaultRule } from './control';
export type { Delivery } from './state/tenantState';

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
  const subscriptions = new SubscriptionService(ctx);
  ctx.subscriptions = subscriptions;
  ctx.onChange = (ownerId, collection, id, changeType) => subscriptions.changed(ownerId, collection, id, changeType);
  const reset = (seed: 'demo' | 'empty' = 'demo'): void => {
    state.clear();
    if (seed === 'demo') seedDemo(ctx);
    else seedDirectory(ctx);
  };
  const faults: FaultRule[] = [];
  const targets: ControlTargets = { reset, faults, throttling: { perMailboxConcurrency: null } };
  const listener = await listenDualProtocol({ port: options.port ?? 5099, host, cert, key }, createRequestListener(ctx, targets));
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
