import type { GraphError } from '@microsoft/microsoft-graph-client';
import { appToken, graphClient, raw, signIn, startHarness, MEGAN, type Harness } from './standInHarness';

type Obj = Record<string, unknown>;
type Page = { value: Obj[]; '@odata.nextLink'?: string; '@odata.count'?: number };

describe('Graph mail', () => {
  let h: Harness;
  let alex: string;
  let app: string;
  beforeEach(async () => {
    h = await startHarness();
    alex = (await signIn(h.sim, 'alexw@example.com')).accessToken;
    app = await appToken(h.sim);
  });
  afterEach(() => h.close());

  // "List mailFolders", "Get mailFolder" (well-known folder names)
  test('well-known folders by name, with counts', async () => {
    const client = graphClient(h.sim, () => alex);
    const folders = (await client.api('/me/mailFolders').get()) as Page;
    expect(folders.value.map((f) => f.displayName)).toEqual(expect.arrayContaining(['Inbox', 'Drafts', 'Sent Items', 'Deleted Items']));
    const inbox = (await client.api('/me/mailFolders/inbox').get()) as Obj;
    // Five messages (three unread) plus four unread meeting requests from the seeded meetings.
    expect(inbox).toMatchObject({ displayName: 'Inbox', totalItemCount: 9, unreadItemCount: 7 });
  });

  // "Create child folder", "List childFolders"
  test('child folders can be created and listed', async () => {
    const client = graphClient(h.sim, () => alex);
    const child = (await client.api('/me/mailFolders/inbox/childFolders').post({ displayName: 'Receipts' })) as Obj;
    const list = (await client.api('/me/mailFolders/inbox/childFolders').get()) as Page;
    expect(list.value.map((f) => f.id)).toEqual([child.id]);
    expect(((await client.api('/me/mailFolders/inbox').get()) as Obj).childFolderCount).toBe(1);
  });

  // "List messages" with $filter, $select, $orderby, $top, $count
  test('messages: $filter on isRead, $orderby receivedDateTime, $select, $count', async () => {
    const client = graphClient(h.sim, () => alex);
    const unread = (await client.api('/me/mailFolders/inbox/messages').filter('receivedDateTime lt 2026-11-18T17:30:00Z and isRead eq false').orderby('receivedDateTime desc').select('subject,isRead').query({ $count: 'true' }).get()) as Page;
    expect(unread['@odata.count']).toBe(3);
    expect(unread.value.map((m) => m.subject)).toEqual(['Falcon launch checklist', 'Q3 results deck', 'Budget numbers']);
    expect(Object.keys(unread.value[0]).sort()).toEqual(['@odata.etag', 'id', 'isRead', 'subject']);
  });

  // Use the $filter query parameter (eq, startswith, contains, and/or, date-time literals)
  test('messages: $filter on from address, startswith/contains on subject, and receivedDateTime ranges', async () => {
    const client = graphClient(h.sim, () => alex);
    const fromPatti = (await client.api('/me/messages').filter("from/emailAddress/address eq 'pattif@example.com'").get()) as Page;
    expect(fromPatti.value.map((m) => m.subject)).toEqual(['Q3 results deck']);
    const starts = (await client.api('/me/messages').filter("startswith(subject,'Falcon') or contains(subject,'Contoso')").get()) as Page;
    expect(starts.value.map((m) => m.subject).sort()).toEqual(['Contoso follow-up', 'Falcon launch checklist']);
    const recent = (await client.api('/me/messages').filter('receivedDateTime ge 2026-11-18T13:00:00Z and isRead eq true').get()) as Page;
    expect(recent.value.map((m) => m.subject)).toEqual(['Contoso follow-up']);
    const bad = await raw(h.sim, 'GET', `/v1.0/me/messages?$filter=${encodeURIComponent('subject eq')}`, alex);
    expect(bad.status).toBe(400);
  });

  // "Update to filtering and sorting REST API" / "List messages": $orderby properties must lead $filter
  test('messages: $orderby must lead $filter (InefficientFilter) and cannot go with $search', async () => {
    const q = (filter: string, orderby: string): string => `/v1.0/me/messages?$filter=${encodeURIComponent(filter)}&$orderby=${encodeURIComponent(orderby)}`;
    const wrongOrder = await raw(h.sim, 'GET', q('isRead eq false and receivedDateTime ge 2026-11-01T00:00:00Z', 'receivedDateTime desc'), alex);
    expect(wrongOrder.status).toBe(400);
    expect(wrongOrder.json.error).toMatchObject({ code: 'InefficientFilter', message: 'The restriction or sort order is too complex for this operation.' });
    const missing = await raw(h.sim, 'GET', q("from/emailAddress/address eq 'pattif@example.com'", 'receivedDateTime desc'), alex);
    expect(missing.status).toBe(400);
    const fine = await raw(h.sim, 'GET', q('receivedDateTime ge 2026-11-01T00:00:00Z and isRead eq false', 'receivedDateTime desc'), alex);
    expect(fine.status).toBe(200);
    const withSearch = await raw(h.sim, 'GET', `/v1.0/me/messages?$search=${encodeURIComponent('"pricing"')}&$orderby=receivedDateTime%20desc`, alex);
    expect(withSearch.status).toBe(400);
  });

  // "Paging Microsoft Graph data in your app" ($top, $skip, @odata.nextLink, Prefer: odata.maxpagesize)
  test('paging with $top and Prefer: odata.maxpagesize', async () => {
    const client = graphClient(h.sim, () => alex);
    const first = (await client.api('/me/messages').top(2).get()) as Page;
    expect(first.value).toHaveLength(2);
    expect(first['@odata.nextLink']).toContain('$skip=2');
    const r = await raw(h.sim, 'GET', '/v1.0/me/messages', alex, undefined, { prefer: 'odata.maxpagesize=3' });
    expect((r.json.value as unknown[]).length).toBe(3);
    expect(r.headers.get('preference-applied')).toBe('odata.maxpagesize=3');
  });

  // "Use the $search query parameter" on messages
  test('$search matches subject, body and sender', async () => {
    const r = (await graphClient(h.sim, () => alex).api('/me/messages').search('"pricing"').get()) as Page;
    expect(r.value.map((m) => m.subject)).toEqual(['Contoso follow-up']);
  });

  // "Update message", "Delete message", "message: move"
  test('PATCH isRead, move to a folder (new id), delete to Deleted Items', async () => {
    const client = graphClient(h.sim, () => alex);
    const m = ((await client.api('/me/mailFolders/inbox/messages').filter("subject eq 'Budget numbers'").get()) as Page).value[0];
    expect(((await client.api(`/me/messages/${String(m.id)}`).patch({ isRead: true })) as Obj).isRead).toBe(true);
    const archive = (await client.api('/me/mailFolders/archive').get()) as Obj;
    const moved = (await client.api(`/me/messages/${String(m.id)}/move`).post({ destinationId: 'archive' })) as Obj;
    expect(moved.parentFolderId).toBe(archive.id);
    expect(moved.id).not.toBe(m.id);
    await client.api(`/me/messages/${String(moved.id)}`).delete();
    const deleted = (await client.api('/me/mailFolders/deleteditems/messages').get()) as Page;
    expect(deleted.value.map((x) => x.subject)).toEqual(['Budget numbers']);
    const gone = (await client.api(`/me/messages/${String(moved.id)}`).get().catch((e: unknown) => e)) as GraphError;
    expect(gone.statusCode).toBe(404);
  });

  // "user: sendMail"
  test('sendMail delivers to each seeded recipient and saves to Sent Items', async () => {
    const client = graphClient(h.sim, () => alex);
    const r = await raw(h.sim, 'POST', '/v1.0/me/sendMail', alex, { message: { subject: 'Lunch?', body: { contentType: 'text', content: 'Noon at Cafe 34' }, toRecipients: [{ emailAddress: { address: 'meganb@example.com' } }], ccRecipients: [{ emailAddress: { address: 'isaiahl@example.com' } }] }, saveToSentItems: true });
    expect(r.status).toBe(202);
    const megansInbox = (await graphClient(h.sim, () => app).api(`/users/${MEGAN}/mailFolders/inbox/messages`).filter("subject eq 'Lunch?'").get()) as Page;
    expect(megansInbox.value[0]).toMatchObject({ isRead: false, from: { emailAddress: { address: 'alexw@example.com', name: 'Alex Wilber' } } });
    const isaiahs = (await graphClient(h.sim, () => app).api('/users/isaiah@example.com/messages').filter("subject eq 'Lunch?'").get()) as Page;
    expect(isaiahs.value).toHaveLength(1);
    const sent = (await client.api('/me/mailFolders/sentitems/messages').get()) as Page;
    expect(sent.value.map((m) => m.subject)).toEqual(['Lunch?']);
    const none = await raw(h.sim, 'POST', '/v1.0/me/sendMail', alex, { message: { subject: 'x', toRecipients: [] } });
    expect(none.status).toBe(400);
  });

  // "message: reply", "message: replyAll", "message: forward" (comment xor message body)
  test('reply, replyAll and forward; forward with both comment and body is 400', async () => {
    const client = graphClient(h.sim, () => alex);
    const m = ((await client.api('/me/messages').filter("subject eq 'Falcon launch checklist'").get()) as Page).value[0];
    await client.api(`/me/messages/${String(m.id)}/reply`).post({ comment: 'Will do.' });
    const megans = (await graphClient(h.sim, () => app).api(`/users/${MEGAN}/messages`).filter("subject eq 'RE: Falcon launch checklist'").get()) as Page;
    expect(megans.value).toHaveLength(1);
    expect(String((megans.value[0].body as Obj).content)).toContain('Will do.');
    await client.api(`/me/messages/${String(m.id)}/forward`).post({ comment: 'FYI', toRecipients: [{ emailAddress: { address: 'lynner@example.com' } }] });
    const lynnes = (await graphClient(h.sim, () => app).api('/users/lynner@example.com/messages').filter("subject eq 'FW: Falcon launch checklist'").get()) as Page;
    expect(lynnes.value).toHaveLength(1);
    const both = await raw(h.sim, 'POST', `/v1.0/me/messages/${String(m.id)}/forward`, alex, { comment: 'a', message: { body: { contentType: 'text', content: 'b' } }, toRecipients: [{ emailAddress: { address: 'lynner@example.com' } }] });
    expect(both.status).toBe(400);
    await client.api(`/me/messages/${String(m.id)}/replyAll`).post({ comment: 'Thanks all' });
    expect(((await client.api('/me/mailFolders/sentitems/messages').get()) as Page).value).toHaveLength(3);
  });

  // "message: createReply", "message: send"
  test('createReply makes a draft that can be edited and sent', async () => {
    const client = graphClient(h.sim, () => alex);
    const m = ((await client.api('/me/messages').filter("subject eq 'Q3 results deck'").get()) as Page).value[0];
    const draft = (await client.api(`/me/messages/${String(m.id)}/createReply`).post({})) as Obj;
    expect(draft).toMatchObject({ isDraft: true, subject: 'RE: Q3 results deck', toRecipients: [{ emailAddress: { address: 'pattif@example.com' } }] });
    await client.api(`/me/messages/${String(draft.id)}`).patch({ body: { contentType: 'text', content: 'Attached.' } });
    await client.api(`/me/messages/${String(draft.id)}/send`).post({});
    const pattis = (await graphClient(h.sim, () => app).api('/users/pattif@example.com/messages').filter("subject eq 'RE: Q3 results deck'").get()) as Page;
    expect(String((pattis.value[0].body as Obj).content)).toBe('Attached.');
  });
});
