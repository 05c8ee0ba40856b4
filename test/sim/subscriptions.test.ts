import { appToken, graphClient, raw, signIn, startHarness, ALEX, MEGAN, type Harness } from './standInHarness';
import { NotificationListener } from './notificationListener';

type Obj = Record<string, unknown>;

describe('subscriptions and change notifications', () => {
  let h: Harness;
  let alex: string;
  let app: string;
  let listener: NotificationListener;
  beforeEach(async () => {
    // Graph's own retry schedule starts at one minute; these tests keep the shape with short waits.
    h = await startHarness(undefined, undefined, { notificationDelivery: { retryDelaysMs: [500, 1000, 2000, 4000] } });
    alex = (await signIn(h.sim, 'alexw@example.com')).accessToken;
    app = await appToken(h.sim);
    listener = new NotificationListener();
    await listener.start();
  });
  afterEach(async () => {
    await h.close();
    await listener.close();
  });

  const inThreeDays = (): string => new Date(h.clock.now().getTime() + 3 * 86400000).toISOString();

  // "Create subscription": validation request with validationToken, text/plain echo
  test('creating a subscription validates the endpoint with a validationToken', async () => {
    const r = await raw(h.sim, 'POST', '/v1.0/subscriptions', alex, { changeType: 'created,updated,deleted', notificationUrl: `${listener.url}/notify`, resource: 'me/events', expirationDateTime: inThreeDays(), clientState: 'secret-state' });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ resource: 'me/events', changeType: 'created,updated,deleted', clientState: 'secret-state', notificationUrl: `${listener.url}/notify` });
    const validation = listener.received.find((x) => x.query.has('validationToken'));
    expect(validation?.contentType).toContain('text/plain');
  });

  // Set up notifications for changes in resource data (notification endpoint validation)
  test('an endpoint that does not echo the token fails validation with 400', async () => {
    listener.echoValidation = false;
    const r = await raw(h.sim, 'POST', '/v1.0/subscriptions', alex, { changeType: 'created', notificationUrl: `${listener.url}/notify`, resource: 'me/events', expirationDateTime: inThreeDays() });
    expect(r.status).toBe(400);
    expect(String((r.json.error as Obj).message)).toContain('validation');
  });

  // "subscription resource type": maximum expiration for Outlook resources, clientState length
  test('expiration beyond 10080 minutes and clientState over 128 characters are refused', async () => {
    const tooFar = new Date(h.clock.now().getTime() + 10081 * 60000).toISOString();
    expect((await raw(h.sim, 'POST', '/v1.0/subscriptions', alex, { changeType: 'created', notificationUrl: `${listener.url}/notify`, resource: 'me/events', expirationDateTime: tooFar })).status).toBe(400);
    expect((await raw(h.sim, 'POST', '/v1.0/subscriptions', alex, { changeType: 'created', notificationUrl: `${listener.url}/notify`, resource: 'me/events', expirationDateTime: inThreeDays(), clientState: 'x'.repeat(129) })).status).toBe(400);
  });

  // "Change notifications": payload shape
  test('a created event is notified with Graph\'s payload shape', async () => {
    const sub = (await graphClient(h.sim, () => alex).api('/subscriptions').post({ changeType: 'created', notificationUrl: `${listener.url}/notify`, resource: '/me/events', expirationDateTime: inThreeDays(), clientState: 'cs' })) as Obj;
    const ev = (await graphClient(h.sim, () => alex).api('/me/events').post({ subject: 'Notify me', start: { dateTime: '2026-11-19T20:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-19T21:00:00', timeZone: 'UTC' } })) as Obj;
    await listener.until(() => listener.notifications().length > 0);
    const item = listener.notifications()[0].value[0];
    expect(item).toMatchObject({
      subscriptionId: sub.id,
      clientState: 'cs',
      changeType: 'created',
      resource: `Users/${ALEX}/Events/${String(ev.id)}`,
      resourceData: { '@odata.type': '#Microsoft.Graph.Event', '@odata.id': `Users/${ALEX}/Events/${String(ev.id)}`, id: ev.id },
      tenantId: h.sim.tenantId,
    });
    expect(typeof item.subscriptionExpirationDateTime).toBe('string');
  });

  // Set up notifications for changes in resource data (retries when the endpoint fails)
  test('notifications for a mail folder subscription follow sendMail deliveries; a failing endpoint is retried', async () => {
    await graphClient(h.sim, () => app).api('/subscriptions').post({ changeType: 'created', notificationUrl: `${listener.url}/notify`, resource: `users/${MEGAN}/mailFolders('inbox')/messages`, expirationDateTime: inThreeDays() });
    listener.failNext = 1;
    await graphClient(h.sim, () => alex).api('/me/sendMail').post({ message: { subject: 'Ping', body: { contentType: 'text', content: 'x' }, toRecipients: [{ emailAddress: { address: 'meganb@example.com' } }] } });
    await listener.until(() => listener.notifications().length >= 2);
    const [first, second] = listener.notifications();
    expect(second).toEqual(first);
    expect(String(first.value[0].resource)).toMatch(new RegExp(`^Users/${MEGAN}/Messages/`));
    const attemptsRecorded = (): (number | undefined)[] => h.sim.deliveries().filter((d) => d.kind === 'notification').map((d) => d.status);
    await listener.until(() => attemptsRecorded().length >= 2);
    const attempts = attemptsRecorded();
    expect(attempts).toEqual([500, 202]);
  });

  // "Set up notifications for changes in resource data" (an endpoint slower than 3 seconds counts as failed and is retried)
  test('a notification answered after more than 3 seconds is sent again', async () => {
    await graphClient(h.sim, () => alex).api('/subscriptions').post({ changeType: 'created', notificationUrl: `${listener.url}/notify`, resource: 'me/events', expirationDateTime: inThreeDays() });
    listener.delayNextMs = 3300;
    await graphClient(h.sim, () => alex).api('/me/events').post({ subject: 'Slow', start: { dateTime: '2026-11-19T20:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-19T21:00:00', timeZone: 'UTC' } });
    await listener.until(() => listener.notifications().length >= 2, 10000);
    const [first, second] = listener.notifications();
    expect(second).toEqual(first);
  }, 15000);

  // "Update subscription", "Delete subscription", "Get subscription"
  test('renew with PATCH, read with GET, remove with DELETE', async () => {
    const client = graphClient(h.sim, () => alex);
    const sub = (await client.api('/subscriptions').post({ changeType: 'updated', notificationUrl: `${listener.url}/notify`, resource: 'me/events', expirationDateTime: inThreeDays() })) as Obj;
    const later = new Date(h.clock.now().getTime() + 6 * 86400000).toISOString();
    const renewed = (await client.api(`/subscriptions/${String(sub.id)}`).patch({ expirationDateTime: later })) as Obj;
    expect(Date.parse(String(renewed.expirationDateTime))).toBe(Date.parse(later));
    expect(((await client.api(`/subscriptions/${String(sub.id)}`).get()) as Obj).id).toBe(sub.id);
    expect(((await client.api('/subscriptions').get()) as { value: Obj[] }).value).toHaveLength(1);
    await client.api(`/subscriptions/${String(sub.id)}`).delete();
    expect((await raw(h.sim, 'GET', `/v1.0/subscriptions/${String(sub.id)}`, alex)).status).toBe(404);
  });

  // subscription resource type (expirationDateTime); Get subscription
  test('an expired subscription is gone and no longer notified', async () => {
    const client = graphClient(h.sim, () => app);
    const sub = (await client.api('/subscriptions').post({ changeType: 'created', notificationUrl: `${listener.url}/notify`, resource: `users/${ALEX}/events`, expirationDateTime: new Date(h.clock.now().getTime() + 3600000).toISOString() })) as Obj;
    h.clock.freeze(new Date(h.clock.now().getTime() + 2 * 3600000));
    const token = await appToken(h.sim);
    expect((await raw(h.sim, 'GET', `/v1.0/subscriptions/${String(sub.id)}`, token)).status).toBe(404);
  });

  // "Reduce missing subscriptions and change notifications" (lifecycle notifications)
  test('lifecycle notifications go to lifecycleNotificationUrl', async () => {
    const sub = (await graphClient(h.sim, () => alex).api('/subscriptions').post({ changeType: 'created', notificationUrl: `${listener.url}/notify`, lifecycleNotificationUrl: `${listener.url}/lifecycle`, resource: 'me/events', expirationDateTime: inThreeDays() })) as Obj;
    const r = await fetch(`${h.sim.url}/_sim/subscriptions/${String(sub.id)}/lifecycle`, { method: 'POST', body: JSON.stringify({ lifecycleEvent: 'reauthorizationRequired' }) });
    expect(r.status).toBe(202);
    await listener.until(() => listener.notifications('/lifecycle').length > 0);
    expect(listener.notifications('/lifecycle')[0].value[0]).toMatchObject({ subscriptionId: sub.id, lifecycleEvent: 'reauthorizationRequired', tenantId: h.sim.tenantId });
  });
});
