import { appToken, graphClient, raw, signIn, startHarness, ALEX, WEDNESDAY_0930_PACIFIC, type Harness } from './standInHarness';
import { NotificationListener } from './notificationListener';

type Obj = Record<string, unknown>;

const MINUTE = 60_000;
const T0 = WEDNESDAY_0930_PACIFIC.getTime();
/** The scheduler looks at the clock every 50 ms in these tests; this is long enough for a look and the 50 ms batch window. */
const SETTLE_MS = 400;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// "Reduce missing subscriptions and change notifications" (https://learn.microsoft.com/graph/change-notifications-lifecycle-events):
// lifecycle notification structure, reauthorizationRequired timing, responding with /reauthorize or PATCH, subscriptionRemoved.
describe('lifecycle notifications on the shared clock', () => {
  let h: Harness;
  let listener: NotificationListener;
  afterEach(async () => {
    await h.close();
    await listener.close();
  });

  async function start(options: { tokenLifetimeSeconds?: number } = {}): Promise<void> {
    h = await startHarness(undefined, undefined, { lifecycleCheckIntervalMs: 50, ...options });
    listener = new NotificationListener();
    await listener.start();
  }

  /** Moves the stand-in's clock the way a test or drill does, through the control API. */
  async function clockAt(minutesAfterStart: number): Promise<void> {
    const r = await fetch(`${h.sim.url}/_sim/clock`, { method: 'POST', body: JSON.stringify({ now: new Date(T0 + minutesAfterStart * MINUTE).toISOString(), freeze: true }) });
    expect(r.status).toBe(200);
  }

  const lifecycleEvents = (): Obj[] => listener.notifications('/lifecycle').flatMap((n) => n.value);
  const challenges = (): Obj[] => lifecycleEvents().filter((e) => e.lifecycleEvent === 'reauthorizationRequired');

  async function subscribe(token: string, resource: string, expiresInMinutes: number): Promise<Obj> {
    return (await graphClient(h.sim, () => token).api('/subscriptions').post({
      changeType: 'created',
      notificationUrl: `${listener.url}/notify`,
      lifecycleNotificationUrl: `${listener.url}/lifecycle`,
      resource,
      expirationDateTime: new Date(h.clock.now().getTime() + expiresInMinutes * MINUTE).toISOString(),
      clientState: 'lifecycle-state',
    })) as Obj;
  }

  async function createEvent(token: string, subject: string): Promise<Obj> {
    return (await graphClient(h.sim, () => token).api(`/users/${ALEX}/events`).post({ subject, start: { dateTime: '2026-11-19T20:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-19T21:00:00', timeZone: 'UTC' } })) as Obj;
  }

  test('reauthorizationRequired comes every 15 minutes before the access token expires, with the documented body; /reauthorize answers it; unanswered, notifications pause until PATCH', async () => {
    await start();
    const firstToken = (await signIn(h.sim, 'alexw@example.com')).accessToken; // valid until T0 + 60 min
    const sub = await subscribe(firstToken, 'me/events', 3 * 24 * 60);

    await clockAt(14);
    await pause(SETTLE_MS);
    expect(challenges()).toHaveLength(0);

    await clockAt(15);
    await listener.until(() => challenges().length === 1);
    const body = listener.notifications('/lifecycle')[0];
    expect(body).toEqual({
      value: [{ subscriptionId: sub.id, subscriptionExpirationDateTime: String(sub.expirationDateTime), tenantId: h.sim.tenantId, clientState: 'lifecycle-state', lifecycleEvent: 'reauthorizationRequired' }],
    });
    expect(Object.keys(body.value[0]).sort()).toEqual(['clientState', 'lifecycleEvent', 'subscriptionExpirationDateTime', 'subscriptionId', 'tenantId']);

    await clockAt(25);
    await pause(SETTLE_MS);
    expect(challenges()).toHaveLength(1);
    await clockAt(30);
    await listener.until(() => challenges().length === 2);

    // "subscription: reauthorize" with a fresh token (valid until T0 + 90 min): 204, and the old token's expiry no longer matters.
    const secondToken = (await signIn(h.sim, 'alexw@example.com')).accessToken;
    const reauthorized = await raw(h.sim, 'POST', `/v1.0/subscriptions/${String(sub.id)}/reauthorize`, secondToken);
    expect(reauthorized.status).toBe(204);
    await clockAt(61);
    await listener.until(() => challenges().length === 3);
    const kept = await createEvent(secondToken, 'After reauthorizing');
    await listener.until(() => listener.notifications().length === 1);
    expect(listener.notifications()[0].value[0]).toMatchObject({ subscriptionId: sub.id, resourceData: { id: kept.id } });

    // Past the second token's expiry: no more challenges, and changes are not notified (they are lost, as Graph documents).
    await clockAt(91);
    const lost = await createEvent(await appToken(h.sim), 'While unauthorized');
    await pause(SETTLE_MS);
    expect(challenges()).toHaveLength(3);
    expect(listener.notifications()).toHaveLength(1);

    // Renewing with PATCH reauthorizes too; notifications flow again, for changes made from then on.
    const thirdToken = (await signIn(h.sim, 'alexw@example.com')).accessToken;
    const renewed = await raw(h.sim, 'PATCH', `/v1.0/subscriptions/${String(sub.id)}`, thirdToken, { expirationDateTime: new Date(T0 + 2 * 24 * 60 * MINUTE).toISOString() });
    expect(renewed.status).toBe(200);
    const resumed = await createEvent(thirdToken, 'After renewing');
    await listener.until(() => listener.notifications().length === 2);
    const notifiedIds = listener.notifications().map((n) => (n.value[0].resourceData as Obj).id);
    expect(notifiedIds).toEqual([kept.id, resumed.id]);
    expect(notifiedIds).not.toContain(lost.id);
  }, 30000);

  test('before the subscription itself expires: from 12 hours ahead, then every 15 minutes in the last 4 hours; expiry removes it without a notification', async () => {
    // A long-lived token, so that the subscription's own expiry is the deadline.
    await start({ tokenLifetimeSeconds: 2 * 86400 });
    const token = await appToken(h.sim);
    const sub = await subscribe(token, `users/${ALEX}/events`, 10 * 60);

    await clockAt(15); // 9 h 45 min left: a challenge, the next one 9h45/8 = 73 min later
    await listener.until(() => challenges().length === 1);
    await clockAt(80);
    await pause(SETTLE_MS);
    expect(challenges()).toHaveLength(1);
    await clockAt(89);
    await listener.until(() => challenges().length === 2);

    await clockAt(7 * 60); // 3 hours left: every 15 minutes
    await listener.until(() => challenges().length === 3);
    await clockAt(7 * 60 + 10);
    await pause(SETTLE_MS);
    expect(challenges()).toHaveLength(3);
    await clockAt(7 * 60 + 15);
    await listener.until(() => challenges().length === 4);
    expect(challenges().every((c) => c.subscriptionId === sub.id)).toBe(true);

    await clockAt(10 * 60 + 1);
    await pause(SETTLE_MS);
    expect((await raw(h.sim, 'GET', `/v1.0/subscriptions/${String(sub.id)}`, token)).status).toBe(404);
    expect(lifecycleEvents()).toHaveLength(4);
  }, 30000);

  test('when a user must sign in again (refresh tokens revoked), their delegated subscriptions are removed with subscriptionRemoved', async () => {
    await start();
    const alex = (await signIn(h.sim, 'alexw@example.com')).accessToken;
    const app = await appToken(h.sim);
    const delegated = await subscribe(alex, 'me/events', 24 * 60);
    const appOnly = await subscribe(app, `users/${ALEX}/events`, 24 * 60);

    const r = await fetch(`${h.sim.url}/_sim/revoke`, { method: 'POST', body: JSON.stringify({ userId: ALEX }) });
    expect(await r.json()).toMatchObject({ subscriptionsRemoved: 1 });
    await listener.until(() => lifecycleEvents().length === 1);
    expect(lifecycleEvents()[0]).toEqual({ subscriptionId: delegated.id, subscriptionExpirationDateTime: String(delegated.expirationDateTime), tenantId: h.sim.tenantId, clientState: 'lifecycle-state', lifecycleEvent: 'subscriptionRemoved' });
    expect((await raw(h.sim, 'GET', `/v1.0/subscriptions/${String(delegated.id)}`, app)).status).toBe(404);
    expect((await raw(h.sim, 'GET', `/v1.0/subscriptions/${String(appOnly.id)}`, app)).status).toBe(200);
  });
});
