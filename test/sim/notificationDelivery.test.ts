import { GRAPH_NOTIFICATION_DELIVERY, type NotificationDeliveryPolicy } from '../../src/sim';
import { graphClient, signIn, startHarness, type Harness } from './standInHarness';
import { NotificationListener } from './notificationListener';

type Obj = Record<string, unknown>;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// "Receive change notifications through webhooks": "it tries to resend the change notification multiple times, for up to 4 hours".
describe('Graph\'s delivery policy', () => {
  test('the default schedule backs off exponentially and ends 4 hours after the first attempt', () => {
    const delays = GRAPH_NOTIFICATION_DELIVERY.retryDelaysMs;
    expect(delays.reduce((a, b) => a + b, 0)).toBe(4 * 3600 * 1000);
    for (let i = 1; i < delays.length - 1; i++) expect(delays[i]).toBe(2 * delays[i - 1]);
    expect(GRAPH_NOTIFICATION_DELIVERY.responseTimeoutMs).toBe(3000);
  });
});

// "Receive change notifications through webhooks" (https://learn.microsoft.com/graph/change-notifications-delivery-webhooks):
// "Processing the change notification" (2xx within 3 seconds, resent for up to 4 hours) and "Throttling" (slow endpoints).
// "Reduce missing subscriptions and change notifications": a `missed` lifecycle notification when notifications weren't delivered.
describe('change notification delivery: retries and slow endpoints', () => {
  let h: Harness;
  let listener: NotificationListener;
  let alex: string;
  afterEach(async () => {
    await h.close();
    await listener.close();
  });

  async function start(delivery: Partial<NotificationDeliveryPolicy>): Promise<void> {
    h = await startHarness(undefined, undefined, { notificationDelivery: delivery });
    listener = new NotificationListener();
    await listener.start();
    alex = (await signIn(h.sim, 'alexw@example.com')).accessToken;
    await graphClient(h.sim, () => alex).api('/subscriptions').post({
      changeType: 'created',
      notificationUrl: `${listener.url}/notify`,
      lifecycleNotificationUrl: `${listener.url}/lifecycle`,
      resource: 'me/events',
      expirationDateTime: new Date(h.clock.now().getTime() + 86400000).toISOString(),
      clientState: 'delivery-state',
    });
  }

  async function createEvent(subject: string): Promise<Obj> {
    return (await graphClient(h.sim, () => alex).api('/me/events').post({ subject, start: { dateTime: '2026-11-19T20:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-19T21:00:00', timeZone: 'UTC' } })) as Obj;
  }

  const notificationAttempts = (): { status?: number; outcome?: string; slow?: boolean }[] => h.sim.deliveries().filter((d) => d.kind === 'notification');
  const missed = (): Obj[] => listener.notifications('/lifecycle').flatMap((n) => n.value).filter((v) => v.lifecycleEvent === 'missed');

  test('a failing endpoint is retried on the configured backoff, then the batch is discarded and `missed` is sent', async () => {
    const schedule = [150, 300, 600];
    await start({ retryDelaysMs: schedule });
    listener.failNext = schedule.length + 1; // every attempt at /notify fails; the `missed` notification afterwards is accepted
    const ev = await createEvent('Never acknowledged');
    await listener.until(() => missed().length === 1, 5000);
    const posts = listener.posts('/notify');
    expect(posts).toHaveLength(schedule.length + 1);
    posts.forEach((p) => expect(p.body).toBe(posts[0].body));
    expect((JSON.parse(posts[0].body) as { value: Obj[] }).value[0]).toMatchObject({ changeType: 'created', resourceData: { id: ev.id } });
    schedule.forEach((delay, i) => {
      const gap = posts[i + 1].at - posts[i].at;
      expect(gap).toBeGreaterThanOrEqual(delay - 5);
      expect(gap).toBeLessThan(delay + 250);
    });
    expect(missed()[0]).toMatchObject({ clientState: 'delivery-state', tenantId: h.sim.tenantId });
    expect(notificationAttempts().map((a) => [a.status, a.outcome])).toEqual(posts.map(() => [500, 'failed']));
    await pause(800);
    expect(listener.posts('/notify')).toHaveLength(schedule.length + 1);
  });

  test('an endpoint whose share of slow answers reaches the limit is throttled: its notifications are held back', async () => {
    const throttledDelayMs = 900;
    await start({ retryDelaysMs: [100], slowResponseMs: 100, evaluationMinimum: 4, throttleRatio: 0.5, dropRatio: 0.9, throttledDelayMs, evaluationWindowMs: 60000 });
    const startedFast = Date.now();
    await createEvent('fast 1');
    await listener.until(() => listener.posts().length === 1);
    expect(listener.posts()[0].at - startedFast).toBeLessThan(throttledDelayMs);
    await createEvent('fast 2');
    await listener.until(() => notificationAttempts().length === 2);
    listener.delayAllMs = 250;
    await createEvent('slow 1');
    await listener.until(() => notificationAttempts().length === 3);
    await createEvent('slow 2');
    await listener.until(() => notificationAttempts().length === 4);
    expect(notificationAttempts().map((a) => a.slow)).toEqual([false, false, true, true]);
    // Slow answers still count as delivered: only failures are retried.
    expect(notificationAttempts().every((a) => a.outcome === 'delivered')).toBe(true);

    listener.delayAllMs = 0;
    const startedThrottled = Date.now();
    await createEvent('held back');
    await listener.until(() => listener.posts().length === 5, 5000);
    expect(listener.posts()[4].at - startedThrottled).toBeGreaterThanOrEqual(throttledDelayMs);
  });

  test('a throttled endpoint past the drop limit loses its notifications (`missed` is sent); the counts are flushed each window', async () => {
    const evaluationWindowMs = 2000;
    await start({ slowResponseMs: 100, evaluationMinimum: 2, throttleRatio: 0.5, dropRatio: 0.5, throttledDelayMs: 60000, evaluationWindowMs });
    const windowStarted = Date.now();
    listener.delayAllMs = 250;
    await createEvent('slow 1');
    await listener.until(() => notificationAttempts().length === 1);
    await createEvent('slow 2');
    await listener.until(() => notificationAttempts().length === 2);
    listener.delayAllMs = 0;

    const dropped = await createEvent('dropped');
    await listener.until(() => missed().length === 1);
    const last = notificationAttempts()[2] as { outcome?: string; status?: number; payload?: unknown };
    expect(last.outcome).toBe('dropped');
    expect(last.status).toBeUndefined();
    expect(((last.payload as { value: Obj[] }).value[0].resourceData as Obj).id).toBe(dropped.id);
    expect(listener.posts()).toHaveLength(2);

    await pause(Math.max(0, windowStarted + evaluationWindowMs + 500 - Date.now()));
    const after = await createEvent('after the flush');
    await listener.until(() => listener.posts().length === 3);
    expect((JSON.parse(listener.posts()[2].body) as { value: Obj[] }).value[0]).toMatchObject({ resourceData: { id: after.id } });
  });
});
