import { graphClient, raw, signIn, startHarness, type Harness } from './standInHarness';

type Obj = Record<string, unknown>;
type DeltaPage = { value: Obj[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

describe('delta query and JSON batching', () => {
  let h: Harness;
  let alex: string;
  beforeEach(async () => {
    h = await startHarness();
    alex = (await signIn(h.sim, 'alexw@example.com')).accessToken;
  });
  afterEach(() => h.close());

  /** Follows nextLinks to the end of a round; returns the items and the deltaLink. */
  async function round(path: string, headers: Record<string, string> = {}): Promise<{ items: Obj[]; deltaLink: string }> {
    const items: Obj[] = [];
    let next: string | undefined = path;
    for (;;) {
      const r = await raw(h.sim, 'GET', String(next), alex, undefined, headers);
      expect(r.status).toBe(200);
      const page = r.json as unknown as DeltaPage;
      items.push(...page.value);
      if (page['@odata.deltaLink']) return { items, deltaLink: page['@odata.deltaLink'].slice(h.sim.url.length) };
      next = String(page['@odata.nextLink']).slice(h.sim.url.length);
    }
  }

  // "event: delta" (calendarView delta)
  test('calendarView delta: full first round in pages, then only what changed, with @removed', async () => {
    const window = '/v1.0/me/calendarView/delta?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-11-23T00:00:00Z';
    const first = await round(window, { prefer: 'odata.maxpagesize=4' });
    expect(first.items.length).toBeGreaterThan(4);
    const client = graphClient(h.sim, () => alex);
    const created = (await client.api('/me/events').post({ subject: 'Delta new', start: { dateTime: '2026-11-20T20:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-20T21:00:00', timeZone: 'UTC' } })) as Obj;
    const focus = first.items.find((e) => e.subject === 'Focus time') as Obj;
    await client.api(`/me/events/${String(focus.id)}`).delete();
    const second = await round(first.deltaLink);
    expect(second.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: created.id, subject: 'Delta new' }),
        { '@odata.type': '#microsoft.graph.event', id: focus.id, '@removed': { reason: 'deleted' } },
      ]),
    );
    expect(second.items).toHaveLength(2);
    const third = await round(second.deltaLink);
    expect(third.items).toEqual([]);
  });

  // event: delta (startDateTime and endDateTime are required on the first call)
  test('calendarView delta needs a window on the first round', async () => {
    expect((await raw(h.sim, 'GET', '/v1.0/me/calendarView/delta', alex)).status).toBe(400);
  });

  // "message: delta"
  test('messages delta per folder reports read-state changes and moves out', async () => {
    const first = await round('/v1.0/me/mailFolders/inbox/messages/delta');
    expect(first.items).toHaveLength(9);
    const client = graphClient(h.sim, () => alex);
    const unread = first.items.find((m) => m.subject === 'Q3 results deck') as Obj;
    await client.api(`/me/messages/${String(unread.id)}`).patch({ isRead: true });
    const other = first.items.find((m) => m.subject === 'Store visit photos') as Obj;
    await client.api(`/me/messages/${String(other.id)}/move`).post({ destinationId: 'archive' });
    const second = await round(first.deltaLink);
    expect(second.items.map((m) => (m['@removed'] ? `removed ${String(m.id)}` : `changed ${String(m.subject)} ${String(m.isRead)}`)).sort()).toEqual([`changed Q3 results deck true`, `removed ${String(other.id)}`].sort());
  });

  // "Combine multiple HTTP requests using JSON batching"
  test('$batch runs each request, honours dependsOn and answers per request', async () => {
    const r = await raw(h.sim, 'POST', '/v1.0/$batch', alex, {
      requests: [
        { id: '1', method: 'GET', url: '/me?$select=displayName' },
        { id: '2', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: { subject: 'Batched', start: { dateTime: '2026-11-20T18:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-20T18:30:00', timeZone: 'UTC' } } },
        { id: '3', method: 'GET', url: '/me/events?$filter=subject eq \'Batched\'', dependsOn: ['2'] },
        { id: '4', method: 'GET', url: '/users/nobody@example.com' },
        { id: '5', method: 'GET', url: '/me', dependsOn: ['4'] },
      ],
    });
    expect(r.status).toBe(200);
    const responses = r.json.responses as Obj[];
    const byId = new Map(responses.map((x) => [String(x.id), x]));
    expect(byId.get('1')).toMatchObject({ status: 200, body: { displayName: 'Alex Wilber' } });
    expect(byId.get('2')?.status).toBe(201);
    expect(((byId.get('3')?.body as Obj).value as Obj[]).map((e) => e.subject)).toEqual(['Batched']);
    expect(byId.get('4')?.status).toBe(404);
    expect(byId.get('5')?.status).toBe(424);
  });

  // Combine multiple HTTP requests using JSON batching (limit of 20 requests)
  test('$batch refuses more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const r = await raw(h.sim, 'POST', '/v1.0/$batch', alex, { requests });
    expect(r.status).toBe(400);
  });
});
