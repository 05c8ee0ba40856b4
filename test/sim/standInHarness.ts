import { request as httpsRequest } from 'node:https';
import { createHash, randomBytes } from 'node:crypto';
import { ConfidentialClientApplication, type AuthenticationResult } from '@azure/msal-node';
import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, type Middleware } from '@microsoft/microsoft-graph-client';
import type { Context } from '@microsoft/microsoft-graph-client';
import { AdjustableClock } from '../../src/time/clock';
import { TrustingNetworkClient } from '../../src/auth/trustingNetworkClient';
import { startGraphStandIn, type GraphStandIn, type GraphStandInOptions } from '../../src/sim';

/** Wednesday 2026-11-18 09:30 in Seattle: a working day, after the 09:00 standup, before 13:00. */
export const WEDNESDAY_0930_PACIFIC = new Date('2026-11-18T17:30:00Z');

export const ALEX = '00000000-0000-0000-0000-0000000000020';
export const MEGAN = '00000000-0000-0000-0000-0000000000021';
export const ADELE = '00000000-0000-0000-0000-0000000000022';
export const ISAIAH = '00000000-0000-0000-0000-0000000000023';
export const PATTI = '00000000-0000-0000-0000-0000000000024';
export const LYNNE = '00000000-0000-0000-0000-0000000000025';

export const DELEGATED_SCOPES = [
  'https://graph.microsoft.com/User.Read',
  'https://graph.microsoft.com/Calendars.ReadWrite',
  'https://graph.microsoft.com/Calendars.ReadWrite.Shared',
  'https://graph.microsoft.com/Mail.ReadWrite',
  'https://graph.microsoft.com/Mail.Send',
  'https://graph.microsoft.com/MailboxSettings.ReadWrite',
  'https://graph.microsoft.com/People.Read',
  'https://graph.microsoft.com/User.ReadBasic.All',
];

export interface Harness {
  sim: GraphStandIn;
  clock: AdjustableClock;
  close(): Promise<void>;
}

/** A stand-in on a free port with the clock frozen at `at`; `options` adds stand-in options such as short notification retries. */
export async function startHarness(at: Date = WEDNESDAY_0930_PACIFIC, seed: 'demo' | 'empty' = 'demo', options: Omit<GraphStandInOptions, 'clock' | 'port' | 'seed'> = {}): Promise<Harness> {
  const clock = new AdjustableClock();
  clock.freeze(at);
  const sim = await startGraphStandIn({ ...options, clock, port: 0, seed });
  return { sim, clock, close: () => sim.close() };
}

export function msalApp(sim: GraphStandIn, secret = sim.app.clientSecret): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: sim.app.clientId,
      clientSecret: secret,
      authority: `${sim.authorityHost}/${sim.tenantId}`,
      knownAuthorities: [`127.0.0.1:${sim.port}`],
    },
    system: { networkClient: new TrustingNetworkClient(sim.certificatePem) },
  });
}

export async function appToken(sim: GraphStandIn): Promise<string> {
  const r = await msalApp(sim).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  if (!r) throw new Error('no token');
  return r.accessToken;
}

/** GET over TLS trusting the development certificate, without following redirects. */
export function httpsGet(url: string, ca: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { method: 'GET', ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The authorization code flow with PKCE, as the bot's sign-in does it, for a seeded user. */
export async function signIn(sim: GraphStandIn, loginHint: string, app: ConfidentialClientApplication = msalApp(sim), scopes: string[] = DELEGATED_SCOPES): Promise<AuthenticationResult> {
  const { verifier, challenge } = pkcePair();
  const url = await app.getAuthCodeUrl({ scopes, redirectUri: sim.app.redirectUri, codeChallenge: challenge, codeChallengeMethod: 'S256', loginHint, state: 'xyz' });
  const r = await httpsGet(url, sim.certificatePem);
  if (r.status !== 302) throw new Error(`authorize answered ${r.status}: ${r.body}`);
  const location = new URL(String(r.headers.location));
  const code = location.searchParams.get('code');
  if (!code) throw new Error(`no code in ${location.toString()}`);
  return app.acquireTokenByCode({ code, scopes, redirectUri: sim.app.redirectUri, codeVerifier: verifier });
}

/**
 * Graph client over the stand-in's plain-HTTP Graph endpoint. The SDK's own
 * AuthenticationHandler only adds tokens for https Graph hosts, so the token goes in
 * through a small middleware ahead of the SDK's RetryHandler and HTTPMessageHandler.
 */
export function graphClient(sim: GraphStandIn, token: () => Promise<string> | string, retries = 0): Client {
  const bearer: Middleware & { next?: Middleware } = {
    async execute(context: Context): Promise<void> {
      const headers = new Headers(context.options?.headers as HeadersInit | undefined);
      headers.set('Authorization', `Bearer ${await token()}`);
      context.options = { ...(context.options ?? {}), headers: Object.fromEntries(headers.entries()) };
      if (this.next) await this.next.execute(context);
    },
    setNext(next: Middleware): void {
      this.next = next;
    },
  };
  const retry = new RetryHandler(new RetryHandlerOptions(0, retries));
  return Client.initWithMiddleware({ middleware: [bearer, retry, new HTTPMessageHandler()], baseUrl: sim.url, defaultVersion: 'v1.0' });
}

/** Plain fetch against the stand-in, for status codes and headers the SDK hides. */
export async function raw(sim: GraphStandIn, method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
