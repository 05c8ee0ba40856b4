import type { GraphError } from '@microsoft/microsoft-graph-client';
import { appToken, graphClient, raw, startHarness, ALEX, type Harness } from './standInHarness';

type Obj = Record<string, unknown>;

async function control(h: Harness, method: string, path: string, body?: unknown): Promise<{ status: number; json: Obj }> {
  const res = await fetch(`${h.sim.url}/_sim/${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Obj) : {} };
}

describe('control API (/_sim)', () => {
  let h: Harness;
  let app: string;
  beforeEach(async () => {
    h = await startHarness();
    app = await appToken(h.sim);
  });
  afterEach(() => h.close());

  // Local control API (docs/SIM.md); the demo tenant mirrors the Agents Playground users
  test('reset to the empty seed keeps people and mailboxes but no items; demo brings them back', async () => {
    const client = graphClient(h.sim, () => app);
    expect(((await client.api(`/users/${ALEX}/messages`).get()) as { value: unknown[] }).value.length).toBeGreaterThan(0);
    expect((await control(h, 'POST', 'reset', { seed: 'empty' })).status).toBe(200);
    expect(((await client.api(`/users/${ALEX}/messages`).get()) as { value: unknown[] }).value).toEqual([]);
    expect(((await client.api('/users').get()) as { value: unknown[] }).value).toHaveLength(6);
    await control(h, 'POST', 'reset', { seed: 'demo' });
    expect(((await client.api(`/users/${ALEX}/messages`).get()) as { value: unknown[] }).value.length).toBeGreaterThan(0);
  });

  // Local control API (docs/SIM.md): seeds are deterministic for a given clock instant
  test('the demo seed is the same for the same instant', async () => {
    const view = async (): Promise<string> => {
      const r = (await graphClient(h.sim, () => app).api(`/users/${ALEX}/calendarView`).query({ startDateTime: '2026-11-16T00:00:00Z', endDateTime: '2026-11-23T00:00:00Z', $top: '100' }).get()) as { value: Obj[] };
      return JSON.stringify(r.value.map((e) => [e.id, e.subject, e.start, e.end]));
    };
    const before = await view();
    await control(h, 'POST', 'reset', { seed: 'demo' });
    expect(await view()).toBe(before);
  });

  // Local control API (docs/SIM.md): the shared clock
  test('clock: set, freeze, read', async () => {
    const set = await control(h, 'POST', 'clock', { now: '2027-01-04T16:00:00Z', freeze: true });
    expect(set.json.now).toBe('2027-01-04T16:00:00.000Z');
    expect(h.clock.now().toISOString()).toBe('2027-01-04T16:00:00.000Z');
    expect((await control(h, 'GET', 'clock')).json.now).toBe('2027-01-04T16:00:00.000Z');
  });

  // "Microsoft Graph throttling guidance": 429 with Retry-After
  test('faults: the next N matching requests get 429 TooManyRequests with Retry-After', async () => {
    await control(h, 'POST', 'faults', { path: '/v1.0/users', status: 429, retryAfterSeconds: 2, count: 1 });
    const r = await raw(h.sim, 'GET', '/v1.0/users', app);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('2');
    expect(r.json.error).toMatchObject({ code: 'TooManyRequests' });
    expect((await raw(h.sim, 'GET', '/v1.0/users', app)).status).toBe(200);
  });

  // Microsoft Graph throttling guidance (503 Service Unavailable with Retry-After is retried)
  test('the SDK RetryHandler retries an injected 503 and succeeds', async () => {
    await control(h, 'POST', 'faults', { path: '^/v1\\.0/users/[^/]+$', method: 'GET', status: 503, retryAfterSeconds: 0, count: 2 });
    const me = (await graphClient(h.sim, () => app, 3).api(`/users/${ALEX}`).get()) as Obj;
    expect(me.id).toBe(ALEX);
    const err = await control(h, 'POST', 'faults', { path: `/v1.0/users/${ALEX}`, status: 503, count: 1 });
    expect(err.status).toBe(201);
    const failed = (await graphClient(h.sim, () => app, 0).api(`/users/${ALEX}`).get().catch((e: unknown) => e)) as GraphError;
    expect(failed.statusCode).toBe(503);
  });

  // "Outlook service limits" (MailboxConcurrency)
  test('throttling: more than N concurrent requests to one mailbox get 429 ApplicationThrottled', async () => {
    await control(h, 'POST', 'throttling', { perMailboxConcurrency: 2 });
    await control(h, 'POST', 'faults', { path: `/v1.0/users/${ALEX}/messages`, delayMs: 300, count: 5 });
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => raw(h.sim, 'GET', `/v1.0/users/${ALEX}/messages`, app)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    const throttled = results.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThanOrEqual(1);
    expect(throttled[0].json.error).toMatchObject({ code: 'ApplicationThrottled', message: expect.stringContaining('MailboxConcurrency') });
    await control(h, 'POST', 'throttling', { perMailboxConcurrency: 0 });
    await control(h, 'DELETE', 'faults');
    const calm = await Promise.all([0, 1, 2, 3, 4].map(() => raw(h.sim, 'GET', `/v1.0/users/${ALEX}/messages`, app)));
    expect(calm.every((r) => r.status === 200)).toBe(true);
  });

  // user: sendMail (each recipient's mailbox receives the message); local control API deliveries
  test('deliveries lists mail sent to mailboxes', async () => {
    expect((await control(h, 'GET', 'deliveries')).json.value).toEqual([]);
    await graphClient(h.sim, () => app).api(`/users/${ALEX}/sendMail`).post({ message: { subject: 'Hello', body: { contentType: 'text', content: 'Hi' }, toRecipients: [{ emailAddress: { address: 'meganb@example.com' } }, { emailAddress: { address: 'ext@contoso.com' } }] } });
    const d = (await control(h, 'GET', 'deliveries')).json.value as Obj[];
    expect(d.map((x) => [x.kind, x.to, x.subject])).toEqual([
      ['mail', 'meganb@example.com', 'Hello'],
      ['mail', 'ext@contoso.com', 'Hello'],
    ]);
  });
});
