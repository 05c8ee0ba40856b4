import { GraphError } from '@microsoft/microsoft-graph-client';
import { AppTokenProvider } from '../../src/auth/appTokenProvider';
import { loadConfig } from '../../src/config';
import { listEventsBetween } from '../../src/graph/calendar';
import { GraphClientFactory, type GraphClientOptions } from '../../src/graph/graphClientFactory';
import { getTimeSettings } from '../../src/graph/mailboxSettings';
import { createLogger } from '../../src/log';
import { startGraphStandIn, type GraphStandIn } from '../../src/sim';
import { AdjustableClock } from '../../src/time/clock';
import { ALEX, BotClient, TENANT_ID } from '../support/botClient';
import { startTestStack, type TestStack } from '../support/testStack';

const DAY_START = new Date('2026-11-18T08:00:00Z');
const DAY_END = new Date('2026-11-19T08:00:00Z');
const alex = { tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId };

describe('Graph client against the stand-in: retries, per-mailbox limit, timeouts, paging, tokens', () => {
  let sim: GraphStandIn;
  let tokens: AppTokenProvider;
  const logger = createLogger('silent');
  const NOW = new Date('2026-11-18T17:30:00Z');
  const clock = new AdjustableClock();

  beforeAll(async () => {
    clock.freeze(NOW);
    sim = await startGraphStandIn({ clock, port: 0, seed: 'demo', logger });
    const config = loadConfig({ SIM_PORT: new URL(sim.url).port, PLAYGROUND: 'off' });
    tokens = new AppTokenProvider({ ...config.entra, logger });
  });
  afterAll(async () => {
    await sim?.close();
  });
  afterEach(async () => {
    clock.freeze(NOW);
    await fetch(`${sim.url}/_sim/faults`, { method: 'DELETE' });
    await fetch(`${sim.url}/_sim/throttling`, { method: 'POST', body: JSON.stringify({ perMailboxConcurrency: 0 }), headers: { 'content-type': 'application/json' } });
  });

  function factory(options: Partial<GraphClientOptions> = {}): GraphClientFactory {
    return new GraphClientFactory(tokens, { baseUrl: sim.url, timeoutMs: 5000, ...options });
  }

  async function fault(rule: Record<string, unknown>): Promise<void> {
    const res = await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify(rule), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
  }

  test('429 with Retry-After is retried after the time Graph asked for, and the call succeeds', async () => {
    const baseline = await listEventsBetween(factory().forUser(alex), DAY_START, DAY_END, 'Pacific Standard Time');
    // Two 429s in a row on the same request: it waits out both Retry-After periods, one after the other.
    await fault({ path: '/calendarView', status: 429, retryAfterSeconds: 1, count: 2 });
    const started = Date.now();
    const events = await listEventsBetween(factory().forUser(alex), DAY_START, DAY_END, 'Pacific Standard Time');
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(events.map((e) => e.id)).toEqual(baseline.map((e) => e.id));
  });

  test('503 beyond the retry budget surfaces as a GraphError with its status', async () => {
    await fault({ path: '/v1.0/users/', status: 503, retryAfterSeconds: 0, count: 10 });
    await expect(getTimeSettings(factory({ maxRetries: 1 }).forUser(alex))).rejects.toMatchObject({ statusCode: 503 });
  });

  test('at most four requests are in flight per mailbox, so Graph\'s mailbox concurrency limit is never hit', async () => {
    await fetch(`${sim.url}/_sim/throttling`, { method: 'POST', body: JSON.stringify({ perMailboxConcurrency: 4 }), headers: { 'content-type': 'application/json' } });
    await fault({ path: '/v1.0/users/', delayMs: 300, count: 12 });
    const mailbox = factory({ maxRetries: 0 }).forUser(alex);
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => getTimeSettings(mailbox)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    // Control: the same burst through a client allowed 12 at once is throttled by the stand-in.
    await fault({ path: '/v1.0/users/', delayMs: 300, count: 12 });
    const unlimited = factory({ maxRetries: 0, perMailboxConcurrency: 12 }).forUser(alex);
    const burst = await Promise.allSettled(Array.from({ length: 12 }, () => getTimeSettings(unlimited)));
    const throttled = burst.filter((r) => r.status === 'rejected' && r.reason instanceof GraphError && r.reason.statusCode === 429);
    expect(throttled.length).toBeGreaterThan(0);
  });

  test('a hung request is abandoned after the timeout', async () => {
    await fault({ path: '/v1.0/users/', delayMs: 4000, count: 1 });
    const started = Date.now();
    await expect(getTimeSettings(factory({ timeoutMs: 300, maxRetries: 0 }).forUser(alex))).rejects.toBeDefined();
    expect(Date.now() - started).toBeLessThan(3500);
  });

  test('calendarView pages are followed to the end', async () => {
    // Two months hold more events than one page of 50, with the daily standup and the rest.
    const all = await listEventsBetween(factory().forUser(alex), new Date('2026-11-02T08:00:00Z'), new Date('2026-12-31T08:00:00Z'), 'UTC');
    expect(all.length).toBeGreaterThan(50);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const starts = all.map((e) => e.start!.dateTime!);
    expect([...starts].sort()).toEqual(starts);
  });

  test('a token Graph refuses (the clock moved past its expiry) is replaced once and the call succeeds', async () => {
    const mailbox = factory().forUser(alex);
    expect((await getTimeSettings(mailbox)).timeZone).toBe('America/Los_Angeles');
    // Two hours on: Graph now rejects the cached one-hour token that MSAL still holds.
    clock.freeze(new Date('2026-11-18T19:31:00Z'));
    expect((await getTimeSettings(mailbox)).timeZone).toBe('America/Los_Angeles');
  });

});

describe('a Graph outage in a chat turn', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('2026-11-18T17:30:00Z');
  }, 60000);
  afterAll(async () => {
    await stack?.stop();
  });

  test('the user gets the agenda after Graph\'s 429 clears within the retries', async () => {
    await fetch(`${stack.sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ path: '/calendarView', status: 429, retryAfterSeconds: 1, count: 1 }), headers: { 'content-type': 'application/json' } });
    const replies = await new BotClient(stack.assistant.url).say("what's on my calendar today?");
    expect(replies).toHaveLength(1);
    expect(replies[0].attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  test('a lasting 503 gets a clear "try again" answer, not silence or a stack trace', async () => {
    await fetch(`${stack.sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ path: '/calendarView', status: 503, retryAfterSeconds: 0, count: 10 }), headers: { 'content-type': 'application/json' } });
    const replies = await new BotClient(stack.assistant.url).say("what's on my calendar today?");
    expect(replies.map((r) => r.text)).toEqual(["Microsoft 365 is busy right now, so I couldn't read your calendar. Please try again in a minute."]);
  });
});

