import { GraphError } from '@microsoft/microsoft-graph-client';
import { Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { appToken, graphClient, raw, signIn, startHarness, ALEX, ISAIAH, MEGAN, type Harness } from './standInHarness';

describe('Graph users, mailbox settings and people', () => {
  let h: Harness;
  let app: string;
  let alex: string;
  beforeAll(async () => {
    h = await startHarness();
    app = await appToken(h.sim);
    alex = (await signIn(h.sim, 'alexw@example.com')).accessToken;
  });
  afterAll(() => h.close());

  // "Microsoft Graph error responses and resource types"; "Authorization and the Microsoft Graph security API" (401 InvalidAuthenticationToken)
  test('no token: 401 InvalidAuthenticationToken with Graph error body and request-id', async () => {
    const r = await raw(h.sim, 'GET', '/v1.0/me');
    expect(r.status).toBe(401);
    const error = r.json.error as Record<string, unknown>;
    expect(error.code).toBe('InvalidAuthenticationToken');
    const inner = error.innerError as Record<string, unknown>;
    expect(inner['request-id']).toBe(r.headers.get('request-id'));
    expect(String(inner.date)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  // Access tokens in the Microsoft identity platform (validate the signature)
  test('a token with a bad signature is refused', async () => {
    const [h1, p1] = app.split('.');
    const r = await raw(h.sim, 'GET', '/v1.0/users', `${h1}.${p1}.AAAA`);
    expect(r.status).toBe(401);
    expect((r.json.error as Record<string, unknown>).code).toBe('InvalidAuthenticationToken');
  });

  // Access tokens in the Microsoft identity platform (token lifetime); Microsoft Graph error responses
  test('an expired token is 401 once the shared clock passes exp', async () => {
    const token = await appToken(h.sim);
    const before = h.clock.now();
    h.clock.freeze(new Date(before.getTime() + 3601 * 1000));
    try {
      const r = await raw(h.sim, 'GET', '/v1.0/users', token);
      expect(r.status).toBe(401);
      expect(String((r.json.error as Record<string, unknown>).message)).toContain('expired');
    } finally {
      h.clock.freeze(before);
    }
  });

  // "Get a user": /me is for delegated tokens only
  test('/me with an app token is 400 BadRequest', async () => {
    const r = await raw(h.sim, 'GET', '/v1.0/me', app);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'BadRequest', message: '/me request is only valid with delegated authentication flow.' });
  });

  // Get a user (GET /me with a delegated token)
  test('/me through the Graph SDK with a delegated token returns the signed-in user', async () => {
    const me = (await graphClient(h.sim, () => alex).api('/me').get()) as Record<string, unknown>;
    expect(me).toMatchObject({ id: ALEX, displayName: 'Alex Wilber', mail: 'alexw@example.com', userPrincipalName: 'alexw@example.com' });
  });

  // Microsoft Graph JavaScript client library (custom hosts, middleware chain)
  test('the SDK AuthenticationHandler drops the token for a plain-http base URL (so the bot needs its own auth middleware)', async () => {
    const client = Client.initWithMiddleware({ authProvider: { getAccessToken: async () => alex }, baseUrl: h.sim.url, defaultVersion: 'v1.0' });
    const err = (await client.api('/me').get().catch((e: unknown) => e)) as GraphError;
    expect(err.statusCode).toBe(401);
    const viaChain = Client.initWithMiddleware({ middleware: [new HTTPMessageHandler()], baseUrl: h.sim.url, defaultVersion: 'v1.0' });
    expect(((await viaChain.api('/me').header('Authorization', `Bearer ${alex}`).get()) as Record<string, unknown>).id).toBe(ALEX);
  });

  // Get access on behalf of a user (delegated permissions cover the signed-in user's mailbox)
  test('a delegated token reaches only the signed-in user\'s mailbox', async () => {
    const r = await raw(h.sim, 'GET', `/v1.0/users/${MEGAN}/calendar`, alex);
    expect(r.status).toBe(403);
    expect((r.json.error as Record<string, unknown>).code).toBe('ErrorAccessDenied');
    const own = await raw(h.sim, 'GET', `/v1.0/users/${ALEX}/calendar`, alex);
    expect(own.status).toBe(200);
  });

  // "List users" with $filter, $select, $top
  test('/users supports $filter, $select and $top', async () => {
    const client = graphClient(h.sim, () => app);
    const all = (await client.api('/users').get()) as { value: Record<string, unknown>[] };
    expect(all.value).toHaveLength(6);
    const one = (await client.api('/users').filter("startswith(displayName,'Meg')").select('displayName,mail').get()) as { value: Record<string, unknown>[] };
    expect(one.value).toEqual([{ id: MEGAN, displayName: 'Megan Bowen', mail: 'meganb@example.com' }]);
    const byMail = (await client.api('/users').filter("mail eq 'isaiahl@example.com'").get()) as { value: Record<string, unknown>[] };
    expect(byMail.value[0]).toMatchObject({ id: ISAIAH, userPrincipalName: 'isaiah@example.com' });
    const top = (await client.api('/users').top(2).get()) as { value: unknown[]; '@odata.nextLink'?: string };
    expect(top.value).toHaveLength(2);
    expect(top['@odata.nextLink']).toContain('$skip=2');
  });

  // "Get a user": by id or userPrincipalName
  test('/users/{id | userPrincipalName} with an app token; unknown user is 404 Request_ResourceNotFound', async () => {
    const client = graphClient(h.sim, () => app);
    expect(((await client.api('/users/isaiah@example.com').get()) as Record<string, unknown>).id).toBe(ISAIAH);
    expect(((await client.api(`/users/${ISAIAH}`).get()) as Record<string, unknown>).mail).toBe('isaiahl@example.com');
    const err = (await client.api('/users/nobody@example.com').get().catch((e: unknown) => e)) as GraphError;
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
  });

  // "Get user mailbox settings"
  test('mailboxSettings: Windows time zone and working hours; /mailboxSettings/timeZone alone', async () => {
    const client = graphClient(h.sim, () => app);
    const s = (await client.api(`/users/${MEGAN}/mailboxSettings`).get()) as Record<string, unknown>;
    expect(s.timeZone).toBe('Eastern Standard Time');
    expect(s.workingHours).toEqual({ daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '09:00:00.0000000', endTime: '17:00:00.0000000', timeZone: { name: 'Eastern Standard Time' } });
    const tz = (await graphClient(h.sim, () => alex).api('/me/mailboxSettings/timeZone').get()) as Record<string, unknown>;
    expect(tz.value).toBe('Pacific Standard Time');
  });

  // "Update user mailbox settings"
  test('PATCH mailboxSettings changes the time zone; an unknown zone is refused', async () => {
    const client = graphClient(h.sim, () => app);
    const r = (await client.api(`/users/${ISAIAH}/mailboxSettings`).patch({ timeZone: 'Mountain Standard Time' })) as Record<string, unknown>;
    expect(r.timeZone).toBe('Mountain Standard Time');
    const err = (await client.api(`/users/${ISAIAH}/mailboxSettings`).patch({ timeZone: 'Mars/Olympus' }).catch((e: unknown) => e)) as GraphError;
    expect(err.statusCode).toBe(400);
    await client.api(`/users/${ISAIAH}/mailboxSettings`).patch({ timeZone: 'Central Standard Time' });
  });

  // "List people"
  test('/me/people?$search= finds colleagues by name', async () => {
    const r = (await graphClient(h.sim, () => alex).api('/me/people').search('megan').get()) as { value: Record<string, unknown>[] };
    expect(r.value[0]).toMatchObject({ displayName: 'Megan Bowen', scoredEmailAddresses: [expect.objectContaining({ address: 'meganb@example.com' })] });
    expect(r.value.every((p) => p.id !== ALEX)).toBe(true);
  });
});
