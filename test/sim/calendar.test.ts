import type { GraphError } from '@microsoft/microsoft-graph-client';
import { appToken, graphClient, raw, signIn, startHarness, ADELE, ALEX, ISAIAH, MEGAN, PATTI, type Harness } from './standInHarness';

type Obj = Record<string, unknown>;
type Page = { value: Obj[]; '@odata.nextLink'?: string };

const PT = 'outlook.timezone="Pacific Standard Time"';

describe('Graph calendars and events', () => {
  let h: Harness;
  let alex: string;
  let app: string;
  beforeEach(async () => {
    h = await startHarness();
    alex = (await signIn(h.sim, 'alexw@example.com')).accessToken;
    app = await appToken(h.sim);
  });
  afterEach(() => h.close());

  // "List calendarView": startDateTime and endDateTime are required
  test('calendarView without a window is 400 ErrorInvalidParameter', async () => {
    const r = await raw(h.sim, 'GET', '/v1.0/me/calendarView', alex);
    expect(r.status).toBe(400);
    expect((r.json.error as Obj).code).toBe('ErrorInvalidParameter');
  });

  // "List calendarView" + "Prefer: outlook.timezone" (Get event: "Prefer: outlook.timezone" header)
  test('calendarView expands today for Alex with times in the preferred zone and Preference-Applied', async () => {
    const r = await raw(h.sim, 'GET', '/v1.0/me/calendarView?startDateTime=2026-11-18T08:00:00Z&endDateTime=2026-11-19T08:00:00Z&$top=50', alex, undefined, { prefer: PT });
    expect(r.status).toBe(200);
    expect(r.headers.get('preference-applied')).toBe(PT);
    const items = r.json.value as Obj[];
    const summary = items.map((e) => `${String((e.start as Obj).dateTime).slice(11, 16)} ${String(e.subject)}`);
    expect(summary).toEqual(['09:00 Daily standup', '10:30 Focus time', '13:00 Project Falcon design review', '15:00 1:1 Alex / Megan']);
    expect(items[0]).toMatchObject({ type: 'occurrence', isOnlineMeeting: true, start: { timeZone: 'Pacific Standard Time' } });
    expect(typeof items[0].seriesMasterId).toBe('string');
    expect(String((items[0].onlineMeeting as Obj).joinUrl)).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const falcon = items[2];
    expect(falcon).toMatchObject({ location: { displayName: 'Conference Room Rainier' }, isOrganizer: true, responseStatus: { response: 'organizer' } });
    expect((falcon.attendees as Obj[]).map((a) => [(a.emailAddress as Obj).address, (a.status as Obj).response])).toEqual([
      ['meganb@example.com', 'accepted'],
      ['pattif@example.com', 'none'],
    ]);
  });

  // List calendarView (start and end are UTC unless Prefer: outlook.timezone is sent)
  test('without Prefer the times are UTC', async () => {
    const r = (await graphClient(h.sim, () => alex).api('/me/calendarView').query({ startDateTime: '2026-11-18T17:00:00Z', endDateTime: '2026-11-18T17:20:00Z' }).get()) as Page;
    expect(r.value[0].start).toEqual({ dateTime: '2026-11-18T17:00:00.0000000', timeZone: 'UTC' });
  });

  // The SDK recognises absolute URLs only when they are https; over plain http the bot passes the nextLink's path.
  test('calendarView pages by 10 with @odata.nextLink', async () => {
    const client = graphClient(h.sim, () => alex);
    const first = (await client.api('/me/calendarView').query({ startDateTime: '2026-11-01T00:00:00Z', endDateTime: '2026-12-01T00:00:00Z' }).get()) as Page;
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toContain('$skip=10');
    const second = (await client.api(String(first['@odata.nextLink']).slice(`${h.sim.url}/v1.0`.length)).get()) as Page;
    expect(second.value.length).toBeGreaterThan(0);
    expect(second.value[0].id).not.toBe(first.value[0].id);
  });

  // "Create event"
  test('create, get, update and delete an event in the default calendar', async () => {
    const client = graphClient(h.sim, () => alex);
    const created = (await client.api('/me/events').header('Prefer', PT).post({
      subject: 'Write report',
      start: { dateTime: '2026-11-19T14:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2026-11-19T15:00:00', timeZone: 'Pacific Standard Time' },
      body: { contentType: 'text', content: 'Quarterly report' },
    })) as Obj;
    expect(created).toMatchObject({ subject: 'Write report', type: 'singleInstance', isOrganizer: true, originalStartTimeZone: 'Pacific Standard Time', start: { dateTime: '2026-11-19T14:00:00.0000000', timeZone: 'Pacific Standard Time' } });
    for (const k of ['id', 'iCalUId', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'webLink', 'bodyPreview']) expect(created[k]).toBeTruthy();
    const id = String(created.id);
    const patched = (await client.api(`/me/events/${id}`).patch({ subject: 'Write the report', location: { displayName: 'Home' } })) as Obj;
    expect(patched).toMatchObject({ subject: 'Write the report', location: { displayName: 'Home' } });
    expect(patched.changeKey).not.toBe(created.changeKey);
    const got = (await client.api(`/me/events/${id}`).get()) as Obj;
    expect(got.subject).toBe('Write the report');
    await client.api(`/me/events/${id}`).delete();
    const err = (await client.api(`/me/events/${id}`).get().catch((e: unknown) => e)) as GraphError;
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('ErrorItemNotFound');
  });

  // dateTimeTimeZone resource type (timeZone must be a supported zone name)
  test('an unknown time zone on create is 400 TimeZoneNotSupportedException', async () => {
    const r = await raw(h.sim, 'POST', '/v1.0/me/events', alex, { subject: 'x', start: { dateTime: '2026-11-19T14:00:00', timeZone: 'Nowhere' }, end: { dateTime: '2026-11-19T15:00:00', timeZone: 'Nowhere' } });
    expect(r.status).toBe(400);
    expect((r.json.error as Obj).code).toBe('TimeZoneNotSupportedException');
  });

  // "Microsoft Graph error responses and resource types" (a malformed id is 400 ErrorInvalidIdMalformed; an unknown one 404)
  test('a malformed event id is 400 ErrorInvalidIdMalformed', async () => {
    const r = await raw(h.sim, 'GET', '/v1.0/me/events/not-an-id', alex);
    expect(r.status).toBe(400);
    expect((r.json.error as Obj).code).toBe('ErrorInvalidIdMalformed');
  });

  // "Create event" (isOnlineMeeting, onlineMeetingProvider)
  test('isOnlineMeeting with teamsForBusiness gets a Teams join URL', async () => {
    const e = (await graphClient(h.sim, () => alex).api('/me/events').post({
      subject: 'Sync',
      start: { dateTime: '2026-11-19T16:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-19T16:30:00', timeZone: 'UTC' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    })) as Obj;
    expect(e.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(String((e.onlineMeeting as Obj).joinUrl)).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  // "Create event": transactionId makes retries idempotent
  test('the same transactionId returns the existing event instead of a second one', async () => {
    const client = graphClient(h.sim, () => alex);
    const body = { subject: 'Once', transactionId: '7E163156-7762-4BEB-A1C6-729EA81755A7', start: { dateTime: '2026-11-20T16:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-20T16:30:00', timeZone: 'UTC' } };
    const a = (await client.api('/me/events').post(body)) as Obj;
    const b = (await client.api('/me/events').post(body)) as Obj;
    expect(b.id).toBe(a.id);
    const view = (await client.api('/me/calendarView').query({ startDateTime: '2026-11-20T15:00:00Z', endDateTime: '2026-11-20T17:00:00Z' }).get()) as Page;
    expect(view.value.filter((e) => e.subject === 'Once')).toHaveLength(1);
  });

  // "List calendars", "Create calendar", "Update calendar", "Delete calendar"
  test('calendars: list, create, rename, add an event, delete', async () => {
    const client = graphClient(h.sim, () => alex);
    const list = (await client.api('/me/calendars').get()) as Page;
    expect(list.value).toHaveLength(1);
    expect(list.value[0]).toMatchObject({ name: 'Calendar', isDefaultCalendar: true, owner: { address: 'alexw@example.com' } });
    const c = (await client.api('/me/calendars').post({ name: 'Side project' })) as Obj;
    expect(c.isDefaultCalendar).toBe(false);
    const dup = (await client.api('/me/calendars').post({ name: 'Side project' }).catch((e: unknown) => e)) as GraphError;
    expect(dup.statusCode).toBe(409);
    await client.api(`/me/calendars/${String(c.id)}`).patch({ name: 'Hobby' });
    await client.api(`/me/calendars/${String(c.id)}/events`).post({ subject: 'Paint', start: { dateTime: '2026-11-21T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-21T11:00:00', timeZone: 'UTC' } });
    const inCal = (await client.api(`/me/calendars/${String(c.id)}/events`).get()) as Page;
    expect(inCal.value.map((e) => e.subject)).toEqual(['Paint']);
    expect(((await client.api('/me/calendar').get()) as Obj).isDefaultCalendar).toBe(true);
    await client.api(`/me/calendars/${String(c.id)}`).delete();
    expect(((await client.api('/me/calendars').get()) as Page).value).toHaveLength(1);
  });

  // "Create event" (attendees), "event: accept", "event: decline" — invitations as Exchange runs them
  test('attendees get a copy and a meeting request; accept updates the organizer; decline removes the copy', async () => {
    const alexClient = graphClient(h.sim, () => alex);
    const created = (await alexClient.api('/me/events').post({
      subject: 'Roadmap review',
      start: { dateTime: '2026-11-19T18:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-19T19:00:00', timeZone: 'UTC' },
      attendees: [
        { type: 'required', emailAddress: { address: 'meganb@example.com', name: 'Megan Bowen' } },
        { type: 'optional', emailAddress: { address: 'pattif@example.com', name: 'Patti Fernandez' } },
      ],
    })) as Obj;
    const appClient = graphClient(h.sim, () => app);
    const megansView = (await appClient.api(`/users/${MEGAN}/calendarView`).query({ startDateTime: '2026-11-19T18:00:00Z', endDateTime: '2026-11-19T19:00:00Z' }).get()) as Page;
    const copy = megansView.value.find((e) => e.subject === 'Roadmap review') as Obj;
    expect(copy).toMatchObject({ isOrganizer: false, iCalUId: created.iCalUId, responseStatus: { response: 'notResponded' }, organizer: { emailAddress: { address: 'alexw@example.com' } } });
    const inbox = (await appClient.api(`/users/${MEGAN}/mailFolders/inbox/messages`).filter("subject eq 'Roadmap review'").get()) as Page;
    expect(inbox.value[0]).toMatchObject({ '@odata.type': '#microsoft.graph.eventMessageRequest', meetingMessageType: 'meetingRequest', from: { emailAddress: { address: 'alexw@example.com' } } });

    await appClient.api(`/users/${MEGAN}/events/${String(copy.id)}/accept`).post({ comment: 'See you there', sendResponse: true });
    const after = (await alexClient.api(`/me/events/${String(created.id)}`).get()) as Obj;
    const megan = (after.attendees as Obj[]).find((a) => (a.emailAddress as Obj).address === 'meganb@example.com') as Obj;
    expect((megan.status as Obj).response).toBe('accepted');
    const alexInbox = (await alexClient.api('/me/mailFolders/inbox/messages').filter("subject eq 'Accepted: Roadmap review'").get()) as Page;
    expect(alexInbox.value).toHaveLength(1);

    const pattisCopy = ((await appClient.api(`/users/${PATTI}/events`).filter("subject eq 'Roadmap review'").get()) as Page).value[0];
    await appClient.api(`/users/${PATTI}/events/${String(pattisCopy.id)}/decline`).post({ sendResponse: false });
    const pattiAfter = (await appClient.api(`/users/${PATTI}/events`).filter("subject eq 'Roadmap review'").get()) as Page;
    expect(pattiAfter.value).toHaveLength(0);
    const declined = ((await alexClient.api(`/me/events/${String(created.id)}`).get()) as Obj).attendees as Obj[];
    expect((declined.find((a) => (a.emailAddress as Obj).address === 'pattif@example.com')?.status as Obj).response).toBe('declined');
  });

  // "Update event" (changing the time of a meeting sends attendees a new request)
  test('moving a meeting clears the responses and sends a new request; the copies follow', async () => {
    const alexClient = graphClient(h.sim, () => alex);
    const appClient = graphClient(h.sim, () => app);
    const falcon = ((await alexClient.api('/me/events').filter("subject eq 'Project Falcon design review'").get()) as Page).value[0];
    expect(((falcon.attendees as Obj[])[0].status as Obj).response).toBe('accepted');
    await alexClient.api(`/me/events/${String(falcon.id)}`).patch({ start: { dateTime: '2026-11-18T14:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-18T15:00:00', timeZone: 'Pacific Standard Time' } });
    const moved = (await alexClient.api(`/me/events/${String(falcon.id)}`).get()) as Obj;
    expect((moved.attendees as Obj[]).map((a) => (a.status as Obj).response)).toEqual(['none', 'none']);
    const megansCopy = ((await appClient.api(`/users/${MEGAN}/events`).filter("subject eq 'Project Falcon design review'").get()) as Page).value[0];
    expect(megansCopy).toMatchObject({ start: { dateTime: '2026-11-18T22:00:00.0000000' }, responseStatus: { response: 'notResponded' } });
    const requests = (await appClient.api(`/users/${MEGAN}/mailFolders/inbox/messages`).filter("subject eq 'Project Falcon design review'").get()) as Page;
    expect(requests.value).toHaveLength(2);
    await alexClient.api(`/me/events/${String(falcon.id)}`).patch({ subject: 'Project Falcon design review (v2)' });
    const renamed = ((await appClient.api(`/users/${MEGAN}/events/${String(megansCopy.id)}`).get()) as Obj).subject;
    expect(renamed).toBe('Project Falcon design review (v2)');
  });

  // "event: decline" on an occurrence id (the answer applies to that occurrence only)
  test('declining one occurrence removes it for the attendee and marks it on the organizer\'s occurrence only', async () => {
    const window = { startDateTime: '2026-11-19T08:00:00Z', endDateTime: '2026-11-20T08:00:00Z' };
    const appClient = graphClient(h.sim, () => app);
    const alexClient = graphClient(h.sim, () => alex);
    const adelesThursday = ((await appClient.api(`/users/${ADELE}/calendarView`).query(window).get()) as Page).value.find((e) => e.subject === 'Daily standup') as Obj;
    await appClient.api(`/users/${ADELE}/events/${String(adelesThursday.id)}/decline`).post({ comment: 'Dentist', sendResponse: true });
    const adelesAfter = ((await appClient.api(`/users/${ADELE}/calendarView`).query(window).get()) as Page).value.map((e) => e.subject);
    expect(adelesAfter).not.toContain('Daily standup');
    const status = (e: Obj): string => String((((e.attendees as Obj[]).find((a) => (a.emailAddress as Obj).address === 'adelev@example.com') as Obj).status as Obj).response);
    const alexThursday = ((await alexClient.api('/me/calendarView').query(window).get()) as Page).value.find((e) => e.subject === 'Daily standup') as Obj;
    expect(alexThursday.type).toBe('exception');
    expect(status(alexThursday)).toBe('declined');
    const alexFriday = ((await alexClient.api('/me/calendarView').query({ startDateTime: '2026-11-20T08:00:00Z', endDateTime: '2026-11-21T08:00:00Z' }).get()) as Page).value.find((e) => e.subject === 'Daily standup') as Obj;
    expect(status(alexFriday)).toBe('accepted');
    const note = (await alexClient.api('/me/mailFolders/inbox/messages').filter("subject eq 'Declined: Daily standup'").get()) as Page;
    expect(note.value).toHaveLength(1);
  });

  // "event: cancel": organizer only; attendees get 400
  // "event: decline" and "event: tentativelyAccept" with proposedNewTime ("Propose new meeting times")
  test('a decline may propose a new time: on the organizer\'s attendee list; refused on accept, and where the organizer allows none', async () => {
    const alexClient = graphClient(h.sim, () => alex);
    const appClient = graphClient(h.sim, () => app);
    const created = (await alexClient.api('/me/events').post({
      subject: 'Budget check-in',
      start: { dateTime: '2026-11-20T18:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-20T19:00:00', timeZone: 'UTC' },
      attendees: [{ type: 'required', emailAddress: { address: 'meganb@example.com', name: 'Megan Bowen' } }],
    })) as Obj;
    const copy = ((await appClient.api(`/users/${MEGAN}/events`).filter("subject eq 'Budget check-in'").get()) as Page).value[0];
    const slot = { start: { dateTime: '2026-11-23T10:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-23T11:00:00', timeZone: 'Pacific Standard Time' } };

    const onAccept = await raw(h.sim, 'POST', `/v1.0/users/${MEGAN}/events/${String(copy.id)}/accept`, app, { sendResponse: true, proposedNewTime: slot });
    expect(onAccept.status).toBe(400);
    const backwards = await raw(h.sim, 'POST', `/v1.0/users/${MEGAN}/events/${String(copy.id)}/decline`, app, { proposedNewTime: { start: slot.end, end: slot.start } });
    expect(backwards.status).toBe(400);

    const ok = await raw(h.sim, 'POST', `/v1.0/users/${MEGAN}/events/${String(copy.id)}/tentativelyAccept`, app, { comment: 'Monday suits me better', sendResponse: true, proposedNewTime: slot });
    expect(ok.status).toBe(202);
    const megan = (((await alexClient.api(`/me/events/${String(created.id)}`).get()) as Obj).attendees as Obj[]).find((a) => (a.emailAddress as Obj).address === 'meganb@example.com') as Obj;
    expect(megan).toMatchObject({ status: { response: 'tentativelyAccepted' }, proposedNewTime: { start: { timeZone: 'UTC' }, end: { timeZone: 'UTC' } } });
    expect(new Date(`${String(((megan.proposedNewTime as Obj).start as Obj).dateTime)}Z`).toISOString()).toBe('2026-11-23T18:00:00.000Z');
    const note = (await alexClient.api('/me/mailFolders/inbox/messages').filter("subject eq 'New Time Proposed: Budget check-in'").get()) as Page;
    expect(note.value).toHaveLength(1);
    // An answer without a proposal takes the earlier one back.
    await appClient.api(`/users/${MEGAN}/events/${String(copy.id)}/accept`).post({ sendResponse: false });
    const accepted = (((await alexClient.api(`/me/events/${String(created.id)}`).get()) as Obj).attendees as Obj[])[0];
    expect(accepted.proposedNewTime).toBeUndefined();

    await alexClient.api(`/me/events/${String(created.id)}`).patch({ allowNewTimeProposals: false });
    const closed = await raw(h.sim, 'POST', `/v1.0/users/${MEGAN}/events/${String(copy.id)}/decline`, app, { sendResponse: true, proposedNewTime: slot });
    expect(closed.status).toBe(400);
    expect(((await appClient.api(`/users/${MEGAN}/events/${String(copy.id)}`).get()) as Obj).responseStatus).toMatchObject({ response: 'accepted' });
  });

  test('cancel by an attendee is 400; by the organizer it cancels every copy and notifies', async () => {
    const alexClient = graphClient(h.sim, () => alex);
    const appClient = graphClient(h.sim, () => app);
    const created = (await alexClient.api('/me/events').post({
      subject: 'Offsite planning',
      start: { dateTime: '2026-11-20T18:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-20T19:00:00', timeZone: 'UTC' },
      attendees: [{ type: 'required', emailAddress: { address: 'meganb@example.com' } }],
    })) as Obj;
    const copy = ((await appClient.api(`/users/${MEGAN}/events`).filter("subject eq 'Offsite planning'").get()) as Page).value[0];
    const r = await raw(h.sim, 'POST', `/v1.0/users/${MEGAN}/events/${String(copy.id)}/cancel`, app, { comment: 'no' });
    expect(r.status).toBe(400);
    expect((r.json.error as Obj).message).toBe("Your request can't be completed. You need to be an organizer to cancel a meeting.");

    const ok = await raw(h.sim, 'POST', `/v1.0/me/events/${String(created.id)}/cancel`, alex, { comment: 'Moving to next quarter' });
    expect(ok.status).toBe(202);
    expect((await raw(h.sim, 'GET', `/v1.0/me/events/${String(created.id)}`, alex)).status).toBe(404);
    const cancelledCopy = (await appClient.api(`/users/${MEGAN}/events/${String(copy.id)}`).get()) as Obj;
    expect(cancelledCopy).toMatchObject({ isCancelled: true, subject: 'Canceled: Offsite planning' });
    const note = (await appClient.api(`/users/${MEGAN}/messages`).filter("subject eq 'Canceled: Offsite planning'").get()) as Page;
    expect(note.value[0]).toMatchObject({ meetingMessageType: 'meetingCancelled' });
    const deliveries = h.sim.deliveries().filter((d) => d.subject === 'Canceled: Offsite planning');
    expect(deliveries.map((d) => d.to)).toEqual(['meganb@example.com']);
  });

  // "List instances", "Update event" and "Delete event" on an occurrence id
  test('instances: modify one occurrence into an exception, delete another', async () => {
    const client = graphClient(h.sim, () => alex);
    const series = (await client.api('/me/events').post({
      subject: 'Gym',
      start: { dateTime: '2026-11-23T07:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2026-11-23T08:00:00', timeZone: 'Pacific Standard Time' },
      recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'numbered', startDate: '2026-11-23', numberOfOccurrences: 5 } },
    })) as Obj;
    expect(series.type).toBe('seriesMaster');
    const window = { startDateTime: '2026-11-22T00:00:00Z', endDateTime: '2026-12-01T00:00:00Z' };
    const inst = (await client.api(`/me/events/${String(series.id)}/instances`).header('Prefer', PT).query(window).get()) as Page;
    expect(inst.value.map((e) => String((e.start as Obj).dateTime).slice(0, 16))).toEqual(['2026-11-23T07:00', '2026-11-24T07:00', '2026-11-25T07:00', '2026-11-26T07:00', '2026-11-27T07:00']);
    expect(inst.value.every((e) => e.type === 'occurrence' && e.seriesMasterId === series.id)).toBe(true);

    const moved = (await client.api(`/me/events/${String(inst.value[1].id)}`).header('Prefer', PT).patch({ start: { dateTime: '2026-11-24T18:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-24T19:00:00', timeZone: 'Pacific Standard Time' } })) as Obj;
    expect(moved).toMatchObject({ type: 'exception', id: inst.value[1].id, start: { dateTime: '2026-11-24T18:00:00.0000000' } });
    await client.api(`/me/events/${String(inst.value[2].id)}`).delete();
    const after = (await client.api(`/me/events/${String(series.id)}/instances`).header('Prefer', PT).query(window).get()) as Page;
    expect(after.value.map((e) => `${String((e.start as Obj).dateTime).slice(0, 16)} ${String(e.type)}`)).toEqual([
      '2026-11-23T07:00 occurrence',
      '2026-11-24T18:00 exception',
      '2026-11-26T07:00 occurrence',
      '2026-11-27T07:00 occurrence',
    ]);
  });

  // "event: cancel" (the organizer can cancel one occurrence by its occurrence id)
  test('the organizer cancels one occurrence: it leaves the series, attendees see it cancelled', async () => {
    const window = { startDateTime: '2026-11-19T08:00:00Z', endDateTime: '2026-11-20T08:00:00Z' };
    const alexClient = graphClient(h.sim, () => alex);
    const appClient = graphClient(h.sim, () => app);
    const thursday = ((await alexClient.api('/me/calendarView').query(window).get()) as Page).value.find((e) => e.subject === 'Daily standup') as Obj;
    expect(thursday.type).toBe('occurrence');
    const r = await raw(h.sim, 'POST', `/v1.0/me/events/${String(thursday.id)}/cancel`, alex, { comment: 'Holiday' });
    expect(r.status).toBe(202);
    const after = ((await alexClient.api('/me/calendarView').query(window).get()) as Page).value.map((e) => e.subject);
    expect(after).not.toContain('Daily standup');
    const friday = ((await alexClient.api('/me/calendarView').query({ startDateTime: '2026-11-20T08:00:00Z', endDateTime: '2026-11-21T08:00:00Z' }).get()) as Page).value.map((e) => e.subject);
    expect(friday).toContain('Daily standup');
    const megans = ((await appClient.api(`/users/${MEGAN}/calendarView`).query(window).get()) as Page).value.find((e) => String(e.subject).endsWith('Daily standup')) as Obj;
    expect(megans).toMatchObject({ isCancelled: true, subject: 'Canceled: Daily standup', type: 'exception' });
  });

  // "event resource type" (exceptionOccurrences: "Exceptions can differ from other occurrences in a
  // recurring series, such as the subject, start or end times, or attendees") and "Update event"
  // ("instances that have been updated separately"; an update of attendees notifies only those that changed)
  test('who is invited to one occurrence: it becomes an exception; the added get it with a request, the removed lose it with a cancellation', async () => {
    const thursday = { startDateTime: '2026-11-19T08:00:00Z', endDateTime: '2026-11-20T08:00:00Z' };
    const friday = { startDateTime: '2026-11-20T08:00:00Z', endDateTime: '2026-11-21T08:00:00Z' };
    const alexClient = graphClient(h.sim, () => alex);
    const appClient = graphClient(h.sim, () => app);
    const standupOn = async (user: string, window: typeof thursday): Promise<Obj | undefined> =>
      ((await appClient.api(`/users/${user}/calendarView`).query(window).get()) as Page).value.find((e) => String(e.subject).endsWith('Daily standup'));
    const addresses = (e: Obj): string[] => (e.attendees as Obj[]).map((a) => String((a.emailAddress as Obj).address)).sort();
    const mail = async (user: string, subject: string): Promise<Obj[]> =>
      ((await appClient.api(`/users/${user}/mailFolders/inbox/messages`).filter(`subject eq '${subject}'`).get()) as Page).value;
    const megansRequestsBefore = (await mail(MEGAN, 'Daily standup')).length;

    const occurrence = (await standupOn(ALEX, thursday)) as Obj;
    expect(addresses(occurrence)).toEqual(['adelev@example.com', 'isaiahl@example.com', 'meganb@example.com']);
    const attendees = (occurrence.attendees as Obj[]).filter((a) => (a.emailAddress as Obj).address !== 'isaiahl@example.com');
    attendees.push({ type: 'required', emailAddress: { name: 'Patti Fernandez', address: 'pattif@example.com' } });
    const patched = (await alexClient.api(`/me/events/${String(occurrence.id)}`).patch({ attendees })) as Obj;
    expect(patched).toMatchObject({ id: occurrence.id, type: 'exception', seriesMasterId: occurrence.seriesMasterId });
    expect(addresses(patched)).toEqual(['adelev@example.com', 'meganb@example.com', 'pattif@example.com']);
    // The other occurrences keep the series' attendees.
    const alexFriday = (await standupOn(ALEX, friday)) as Obj;
    expect(alexFriday.type).toBe('occurrence');
    expect(addresses(alexFriday)).toEqual(['adelev@example.com', 'isaiahl@example.com', 'meganb@example.com']);

    // Patti: that occurrence alone, and a meeting request naming it.
    const pattis = (await standupOn(PATTI, thursday)) as Obj;
    expect(pattis).toMatchObject({ type: 'singleInstance', isOrganizer: false, responseStatus: { response: 'notResponded' }, start: { dateTime: '2026-11-19T17:00:00.0000000' } });
    expect(await standupOn(PATTI, friday)).toBeUndefined();
    const pattiRequests = await mail(PATTI, 'Daily standup');
    expect(pattiRequests).toHaveLength(1);
    expect(pattiRequests[0]).toMatchObject({ meetingMessageType: 'meetingRequest' });
    // Isaiah: that occurrence gone, the rest of the series kept, a cancellation.
    expect(await standupOn(ISAIAH, thursday)).toBeUndefined();
    expect(await standupOn(ISAIAH, friday)).toBeDefined();
    expect(await mail(ISAIAH, 'Canceled: Daily standup')).toHaveLength(1);
    // Megan, on both lists: her occurrence shows the new list, and she is not asked again.
    const megans = (await standupOn(MEGAN, thursday)) as Obj;
    expect(addresses(megans)).toEqual(['adelev@example.com', 'meganb@example.com', 'pattif@example.com']);
    expect(await mail(MEGAN, 'Daily standup')).toHaveLength(megansRequestsBefore);

    // Patti's answer reaches the organizer's exception.
    await appClient.api(`/users/${PATTI}/events/${String(pattis.id)}/accept`).post({ sendResponse: true });
    const status = (e: Obj, who: string): string => String((((e.attendees as Obj[]).find((a) => (a.emailAddress as Obj).address === who) as Obj).status as Obj).response);
    expect(status((await standupOn(ALEX, thursday)) as Obj, 'pattif@example.com')).toBe('accepted');

    // Only the organizer changes who is invited.
    const refused = await raw(h.sim, 'PATCH', `/v1.0/users/${MEGAN}/events/${String(megans.id)}`, app, { attendees: [] });
    expect(refused.status).toBe(400);

    // Cancelling that occurrence reaches Patti's copy; Isaiah, no longer invited to it, hears nothing more.
    expect((await raw(h.sim, 'POST', `/v1.0/me/events/${String(occurrence.id)}/cancel`, alex, { comment: 'Holiday' })).status).toBe(202);
    expect(await raw(h.sim, 'GET', `/v1.0/users/${PATTI}/events/${String(pattis.id)}`, app)).toMatchObject({ json: { isCancelled: true, subject: 'Canceled: Daily standup' } });
    expect(await mail(ISAIAH, 'Canceled: Daily standup')).toHaveLength(1);
  });

  // "event resource type" (all-day events are midnight to midnight regardless of the preferred zone)
  test('all-day events come back midnight to midnight in any preferred zone', async () => {
    const appClient = graphClient(h.sim, () => app);
    for (const zone of ['UTC', 'Tokyo Standard Time']) {
      const r = (await appClient.api(`/users/${PATTI}/calendarView`).header('Prefer', `outlook.timezone="${zone}"`).query({ startDateTime: '2026-11-19T00:00:00Z', endDateTime: '2026-11-21T00:00:00Z' }).get()) as Page;
      const oof = r.value.find((e) => e.subject === 'Out of office') as Obj;
      expect(oof).toMatchObject({ isAllDay: true, showAs: 'oof', start: { dateTime: '2026-11-19T00:00:00.0000000', timeZone: zone }, end: { dateTime: '2026-11-20T00:00:00.0000000', timeZone: zone } });
    }
  });

  // "event resource type" (isAllDay: start and end must be at midnight)
  test('an all-day event must run midnight to midnight', async () => {
    const bad = await raw(h.sim, 'POST', '/v1.0/me/events', alex, { subject: 'Holiday', isAllDay: true, start: { dateTime: '2026-11-26T09:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-27T00:00:00', timeZone: 'Pacific Standard Time' } });
    expect(bad.status).toBe(400);
    const ok = await raw(h.sim, 'POST', '/v1.0/me/events', alex, { subject: 'Holiday', isAllDay: true, showAs: 'oof', start: { dateTime: '2026-11-26T00:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-27T00:00:00', timeZone: 'Pacific Standard Time' } }, { prefer: 'outlook.timezone="Eastern Standard Time"' });
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({ isAllDay: true, start: { dateTime: '2026-11-26T00:00:00.0000000', timeZone: 'Eastern Standard Time' } });
  });

  // "Use the $filter query parameter" (start/dateTime on events)
  test('$filter on start/dateTime and $orderby on events', async () => {
    const r = (await graphClient(h.sim, () => alex).api('/me/events').filter("start/dateTime ge '2026-11-19T00:00:00' and start/dateTime lt '2026-11-21T00:00:00'").orderby('start/dateTime desc').select('subject,start').get()) as Page;
    expect(r.value.map((e) => e.subject)).toEqual(['Customer call: Contoso', 'Team lunch', 'Quarterly planning']);
  });

  // List instances (startDateTime and endDateTime are required query parameters)
  test('instances requires startDateTime and endDateTime', async () => {
    const series = ((await graphClient(h.sim, () => alex).api('/me/events').filter("subject eq 'Daily standup'").get()) as Page).value[0];
    const r = await raw(h.sim, 'GET', `/v1.0/me/events/${String(series.id)}/instances`, alex);
    expect(r.status).toBe(400);
  });

  // Get access without a user (application permissions reach /users/{id})
  test('app tokens reach any mailbox through /users/{id}', async () => {
    const view = (await graphClient(h.sim, () => app).api(`/users/${ALEX}/calendarView`).query({ startDateTime: '2026-11-18T08:00:00Z', endDateTime: '2026-11-19T08:00:00Z' }).get()) as Page;
    expect(view.value.length).toBe(4);
  });
});
