import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Graph from '@microsoft/microsoft-graph-types';
import { AppTokenProvider } from '../../src/auth/appTokenProvider';
import { loadConfig } from '../../src/config';
import { startLocalStack, type RunningStack } from '../../src/localStack/localStack';
import { createLogger } from '../../src/log';
import { AdjustableClock } from '../../src/time/clock';
import { ALEX, TENANT_ID, cardTexts } from '../support/botClient';
import { freePort } from '../support/freePort';
import { PlaygroundClient, type PlaygroundMessage } from '../support/playgroundClient';

// Thursday 19 November 2026, 08:15 in Los Angeles.
const NOW = '2026-11-19T16:15:00Z';

function cardIn(message: PlaygroundMessage): unknown {
  return message.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** The Action.Execute buttons on a card, as the Playground would send them back. */
function executeActions(card: unknown): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const out: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Execute') out.push({ title: String(n.title), verb: String(n.verb), data: (n.data ?? {}) as Record<string, unknown> });
    Object.values(n).forEach(walk);
  };
  walk(card);
  return out;
}

describe('the local stack through the Agents Playground', () => {
  let stack: RunningStack;
  let playground: PlaygroundClient;
  let dataDir: string;
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'assistant-e2e-'));
    const config = loadConfig({
      PORT: String(await freePort()),
      SIM_PORT: String(await freePort()),
      PLAYGROUND_PORT: String(await freePort()),
      DATA_DIR: dataDir,
    });
    const clock = new AdjustableClock();
    clock.freeze(new Date(NOW));
    stack = await startLocalStack({ config, clock, logger, progress: () => undefined });
    playground = new PlaygroundClient(stack.playground!.url);
    await playground.connect();
  }, 120000);

  afterAll(async () => {
    playground?.close();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('"what\'s on my calendar today?" answers with the agenda card of the seeded day', async () => {
    const config = loadConfig({ SIM_PORT: new URL(stack.graphStandIn!.url).port, PLAYGROUND: 'off' });
    const token = await new AppTokenProvider({ ...config.entra, logger }).getAccessToken({ tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId });
    const res = await fetch(
      `${stack.graphStandIn!.url}/v1.0/users/${ALEX.aadObjectId}/calendarView?startDateTime=2026-11-19T08:00:00Z&endDateTime=2026-11-20T08:00:00Z&$top=100`,
      { headers: { authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="Pacific Standard Time"' } },
    );
    const seeded = ((await res.json()) as { value: Graph.Event[] }).value.filter((e) => !e.isCancelled);
    expect(seeded.length).toBeGreaterThan(0);

    const before = playground.botMessages().length;
    await playground.say("what's on my calendar today?");
    const [reply] = await playground.nextBotMessages(before);
    const texts = cardTexts(cardIn(reply));
    expect(texts[0]).toBe('Today, Thursday, November 19');
    expect(texts[1]).toBe(`${seeded.length} events · times in Pacific Time`);
    for (const event of seeded) expect(texts).toContain(event.subject);
  }, 60000);

  test('a meeting set up in the chat and confirmed on its card lands in both calendars', async () => {
    const before = playground.botMessages().length;
    await playground.say('meet with Megan tomorrow at 2pm about the launch plan');
    const [proposal] = await playground.nextBotMessages(before);
    const texts = cardTexts(cardIn(proposal));
    expect(texts).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Launch plan', 'Fri, Nov 20, 2:00 – 2:30 PM (Pacific Time)']));
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardIn(proposal)))![1];

    const response = await playground.execute(proposal.messageId!, 'Schedule', 'event.confirm', { proposalId });
    expect(JSON.stringify(response)).toContain('Scheduled: Launch plan');

    const config = loadConfig({ SIM_PORT: new URL(stack.graphStandIn!.url).port, PLAYGROUND: 'off' });
    const token = await new AppTokenProvider({ ...config.entra, logger }).getAccessToken({ tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId });
    for (const userId of [ALEX.aadObjectId, '00000000-0000-0000-0000-0000000000021']) {
      const res = await fetch(
        `${stack.graphStandIn!.url}/v1.0/users/${userId}/calendarView?startDateTime=2026-11-20T08:00:00Z&endDateTime=2026-11-21T08:00:00Z&$top=100`,
        { headers: { authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="Pacific Standard Time"' } },
      );
      const launch = ((await res.json()) as { value: Graph.Event[] }).value.filter((e) => e.subject === 'Launch plan');
      expect(launch.map((e) => e.start?.dateTime)).toEqual(['2026-11-20T14:00:00.0000000']);
    }
  }, 60000);

  test('"help" answers with the help card through the Playground', async () => {
    const before = playground.botMessages().length;
    await playground.say('help');
    const [reply] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(reply))[0]).toBe("Here's what I can do");
  }, 60000);
  test('a seeded meeting moved in the chat and confirmed on its card moves in the organizer\'s and an attendee\'s calendar', async () => {
    const before = playground.botMessages().length;
    await playground.say('move the design review to 4pm');
    const [proposal] = await playground.nextBotMessages(before);
    const texts = cardTexts(cardIn(proposal));
    expect(texts).toEqual(expect.arrayContaining(['Move this meeting?', 'Thu, Nov 19, 1:00 – 2:00 PM (Pacific Time)', 'Thu, Nov 19, 4:00 – 5:00 PM (Pacific Time)']));
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardIn(proposal)))![1];
    const response = await playground.execute(proposal.messageId!, 'Move', 'meeting.confirm', { proposalId });
    expect(JSON.stringify(response)).toContain('Moved');

    const config = loadConfig({ SIM_PORT: new URL(stack.graphStandIn!.url).port, PLAYGROUND: 'off' });
    const token = await new AppTokenProvider({ ...config.entra, logger }).getAccessToken({ tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId });
    for (const userId of [ALEX.aadObjectId, '00000000-0000-0000-0000-0000000000021']) {
      const res = await fetch(
        `${stack.graphStandIn!.url}/v1.0/users/${userId}/calendarView?startDateTime=2026-11-19T08:00:00Z&endDateTime=2026-11-20T08:00:00Z&$top=100`,
        { headers: { authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="Pacific Standard Time"' } },
      );
      const review = ((await res.json()) as { value: Graph.Event[] }).value.filter((e) => e.subject === 'Project Falcon design review');
      expect(review.map((e) => e.start?.dateTime)).toEqual(['2026-11-19T16:00:00.0000000']);
    }
  }, 60000);

  test('an invitation declined in the chat shows as declined in the organizer\'s meeting', async () => {
    const before = playground.botMessages().length;
    await playground.say('decline the quarterly planning');
    const [proposal] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(proposal))).toEqual(expect.arrayContaining(['Decline this invitation?', 'Quarterly planning']));
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardIn(proposal)))![1];
    const response = await playground.execute(proposal.messageId!, 'Decline', 'meeting.confirm', { proposalId, comment: 'On leave' });
    expect(JSON.stringify(response)).toContain('Declined');

    const config = loadConfig({ SIM_PORT: new URL(stack.graphStandIn!.url).port, PLAYGROUND: 'off' });
    const token = await new AppTokenProvider({ ...config.entra, logger }).getAccessToken({ tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId });
    const res = await fetch(
      `${stack.graphStandIn!.url}/v1.0/users/00000000-0000-0000-0000-0000000000022/calendarView?startDateTime=2026-11-19T08:00:00Z&endDateTime=2026-11-27T08:00:00Z&$top=100`,
      { headers: { authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="Pacific Standard Time"' } },
    );
    const planning = ((await res.json()) as { value: Graph.Event[] }).value.filter((e) => e.subject === 'Quarterly planning');
    expect(planning).toHaveLength(1);
    expect(planning[0].attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com')?.status?.response).toBe('declined');
  }, 60000);

  test('a time found for three people in the chat, picked and confirmed on its cards, lands in all three calendars', async () => {
    const before = playground.botMessages().length;
    await playground.say('when can Megan, Adele and I meet next week for an hour?');
    const [found] = await playground.nextBotMessages(before);
    const card = JSON.stringify(cardIn(found));
    expect(cardTexts(cardIn(found))).toEqual(expect.arrayContaining(['Times you, Megan and Adele are free', 'Mon, Nov 23, 8:00 – 9:00 AM']));
    const pick = /"title":"Mon, Nov 23, 8:00 – 9:00 AM","verb":"findTime.pick","data":(\{[^}]*\})/.exec(card);
    expect(pick).not.toBeNull();
    const proposalCard = JSON.stringify(await playground.execute(found.messageId!, 'Mon, Nov 23, 8:00 – 9:00 AM', 'findTime.pick', JSON.parse(pick![1]) as Record<string, unknown>));
    expect(proposalCard).toContain('Schedule this meeting?');
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(proposalCard)![1];
    const response = await playground.execute(found.messageId!, 'Schedule', 'event.confirm', { proposalId });
    expect(JSON.stringify(response)).toContain('Scheduled: Meeting with Megan and Adele');

    const config = loadConfig({ SIM_PORT: new URL(stack.graphStandIn!.url).port, PLAYGROUND: 'off' });
    const token = await new AppTokenProvider({ ...config.entra, logger }).getAccessToken({ tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId });
    for (const userId of [ALEX.aadObjectId, '00000000-0000-0000-0000-0000000000021', '00000000-0000-0000-0000-0000000000022']) {
      const res = await fetch(
        `${stack.graphStandIn!.url}/v1.0/users/${userId}/calendarView?startDateTime=2026-11-23T08:00:00Z&endDateTime=2026-11-24T08:00:00Z&$top=100`,
        { headers: { authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="Pacific Standard Time"' } },
      );
      const meeting = ((await res.json()) as { value: Graph.Event[] }).value.filter((e) => e.subject === 'Meeting with Megan and Adele');
      expect(meeting.map((e) => e.start?.dateTime)).toEqual(['2026-11-23T08:00:00.0000000']);
    }
  }, 60000);

  test('office hours held from the chat become a weekly Teams series', async () => {
    const before = playground.botMessages().length;
    await playground.say('hold office hours every Tuesday 2-4pm');
    const [proposal] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(proposal))).toEqual(expect.arrayContaining(['Schedule this series?', 'Office hours', 'Every Tuesday']));
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardIn(proposal)))![1];
    const response = await playground.execute(proposal.messageId!, 'Schedule', 'event.confirm', { proposalId });
    expect(JSON.stringify(response)).toContain('Scheduled: Office hours');

    const config = loadConfig({ SIM_PORT: new URL(stack.graphStandIn!.url).port, PLAYGROUND: 'off' });
    const token = await new AppTokenProvider({ ...config.entra, logger }).getAccessToken({ tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId });
    const res = await fetch(`${stack.graphStandIn!.url}/v1.0/users/${ALEX.aadObjectId}/events?$top=100`, {
      headers: { authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    const series = ((await res.json()) as { value: Graph.Event[] }).value.filter((e) => e.subject === 'Office hours');
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ type: 'seriesMaster', isOnlineMeeting: true, start: { dateTime: '2026-11-24T14:00:00.0000000', timeZone: 'Pacific Standard Time' } });
    expect(series[0].recurrence?.pattern?.daysOfWeek).toEqual(['tuesday']);
  }, 60000);

  test('a calendar created from the chat exists in Graph', async () => {
    const before = playground.botMessages().length;
    await playground.say('create a calendar called Projects');
    const [proposal] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(proposal))).toEqual(expect.arrayContaining(['Create this calendar?', 'Projects']));
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardIn(proposal)))![1];
    const response = await playground.execute(proposal.messageId!, 'Create', 'calendarChange.confirm', { proposalId });
    expect(JSON.stringify(response)).toContain('Created the Projects calendar');

    const config = loadConfig({ SIM_PORT: new URL(stack.graphStandIn!.url).port, PLAYGROUND: 'off' });
    const token = await new AppTokenProvider({ ...config.entra, logger }).getAccessToken({ tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId });
    const res = await fetch(`${stack.graphStandIn!.url}/v1.0/users/${ALEX.aadObjectId}/calendars`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await res.json()) as { value: Graph.Calendar[] }).value.map((c) => c.name)).toContain('Projects');
  }, 60000);

  /** Graph as the application sees it, straight from the stand-in: to check what a card did. */
  async function asApp<T>(method: string, path: string, body?: unknown): Promise<T> {
    const config = loadConfig({ SIM_PORT: new URL(stack.graphStandIn!.url).port, PLAYGROUND: 'off' });
    const token = await new AppTokenProvider({ ...config.entra, logger }).getAccessToken({ tenantId: TENANT_ID, aadObjectId: ALEX.aadObjectId });
    const res = await fetch(`${stack.graphStandIn!.url}/v1.0${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', Prefer: 'outlook.timezone="Pacific Standard Time"' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 202 || res.status === 204 ? undefined : await res.json()) as T;
  }

  async function eventsOf(userId: string, subject: string, from: string, until: string): Promise<Graph.Event[]> {
    const view = await asApp<{ value: Graph.Event[] }>('GET', `/users/${userId}/calendarView?startDateTime=${from}&endDateTime=${until}&$top=200`);
    return view.value.filter((e) => e.subject === subject);
  }

  function proposalIdIn(message: PlaygroundMessage | unknown): string {
    const card = JSON.stringify(message && typeof message === 'object' && 'attachments' in message ? cardIn(message as PlaygroundMessage) : message);
    const m = /"proposalId":"([0-9a-f-]{36})"/.exec(card);
    if (!m) throw new Error(`no proposal on ${card}`);
    return m[1];
  }

  test('"when is the team lunch?" answers with its details card, as Graph has it', async () => {
    const [lunch] = await eventsOf(ALEX.aadObjectId, 'Team lunch', '2026-11-20T08:00:00Z', '2026-11-21T08:00:00Z');
    expect(lunch.start?.dateTime).toBe('2026-11-20T12:00:00.0000000');

    const before = playground.botMessages().length;
    await playground.say('when is the team lunch?');
    const [reply] = await playground.nextBotMessages(before);
    const texts = cardTexts(cardIn(reply));
    expect(texts).toEqual(expect.arrayContaining(['Team lunch', 'Fri, Nov 20, 12:00 – 1:00 PM (Pacific Time)', 'Cafe 34', 'Alex Wilber (you)', 'Megan Bowen', 'Patti Fernandez', 'Isaiah Langer']));
    expect(JSON.stringify(cardIn(reply))).toContain(`"eventId":"${lunch.id}"`);
  }, 60000);

  test('an agenda row\'s Details, then "Back to agenda": the same day again, read afresh from Graph', async () => {
    const friday = ['2026-11-20T08:00:00Z', '2026-11-21T08:00:00Z'] as const;
    const onFriday = async (): Promise<Graph.Event[]> =>
      (await asApp<{ value: Graph.Event[] }>('GET', `/users/${ALEX.aadObjectId}/calendarView?startDateTime=${friday[0]}&endDateTime=${friday[1]}&$top=100`)).value.filter((e) => !e.isCancelled);
    const count = (n: number): string => `${n === 1 ? '1 event' : `${n} events`} · times in Pacific Time`;
    const seeded = await onFriday();
    const lunch = seeded.find((e) => e.subject === 'Team lunch')!;

    const before = playground.botMessages().length;
    await playground.say("what's on Friday?");
    const [reply] = await playground.nextBotMessages(before);
    const agenda = cardIn(reply);
    expect(cardTexts(agenda).slice(0, 2)).toEqual(['Tomorrow, Friday, November 20', count(seeded.length)]);
    const detailsData = executeActions(agenda).find((a) => a.verb === 'meeting.details' && a.data.eventId === lunch.id)!.data;

    const details = await playground.execute(reply.messageId!, 'Details', 'meeting.details', detailsData);
    expect(cardTexts(details)).toEqual(expect.arrayContaining(['Team lunch', 'Fri, Nov 20, 12:00 – 1:00 PM (Pacific Time)', 'Cafe 34', 'Back to agenda']));

    // Meanwhile the day changes in Outlook: the agenda shown again must have it.
    await asApp('POST', `/users/${ALEX.aadObjectId}/events`, {
      subject: 'Vendor demo',
      start: { dateTime: '2026-11-20T16:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2026-11-20T16:30:00', timeZone: 'Pacific Standard Time' },
    });
    const backData = executeActions(details).find((a) => a.title === 'Back to agenda')!.data;
    expect(backData).toEqual({ agendaStart: detailsData.agendaStart, agendaEnd: detailsData.agendaEnd, agendaWith: '', agendaLimit: '' });
    const back = await playground.execute(reply.messageId!, 'Back to agenda', 'agenda.show', backData);
    const now = await onFriday();
    expect(now).toHaveLength(seeded.length + 1);
    const texts = cardTexts(back);
    expect(texts.slice(0, 2)).toEqual(['Tomorrow, Friday, November 20', count(now.length)]);
    for (const event of now) expect(texts).toContain(event.subject);
    expect(texts).toContain('4:00 PM');
    // Its rows open details again, and lead back again.
    expect(executeActions(back).filter((a) => a.verb === 'meeting.details').map((a) => a.data)).toContainEqual(detailsData);
  }, 60000);

  test('a meeting the user organises cancelled in the chat with a message: the attendee\'s copy is cancelled and the message reaches them', async () => {
    const before = playground.botMessages().length;
    await playground.say('cancel the customer call');
    const [proposal] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(proposal))).toEqual(expect.arrayContaining(['Cancel this meeting?', 'Customer call: Contoso', 'Sat, Nov 21, 2:00 – 3:00 PM (Pacific Time)']));
    const response = await playground.execute(proposal.messageId!, 'Cancel meeting', 'meeting.confirm', { proposalId: proposalIdIn(proposal), comment: 'Contoso asked to meet in December instead' });
    expect(JSON.stringify(response)).toContain('Cancelled');

    const window = ['2026-11-21T08:00:00Z', '2026-11-22T08:00:00Z'] as const;
    expect((await eventsOf(ALEX.aadObjectId, 'Customer call: Contoso', ...window)).filter((e) => !e.isCancelled)).toEqual([]);
    const isaiah = '00000000-0000-0000-0000-0000000000023';
    const copies = (await asApp<{ value: Graph.Event[] }>('GET', `/users/${isaiah}/calendarView?startDateTime=${window[0]}&endDateTime=${window[1]}`)).value.filter((e) =>
      /Customer call: Contoso/.test(e.subject ?? ''),
    );
    expect(copies).toHaveLength(1);
    expect(copies[0].isCancelled).toBe(true);
    const messages = await asApp<{ value: Graph.Message[] }>('GET', `/users/${isaiah}/messages?$top=100`);
    const cancellation = messages.value.filter((m) => m.subject === 'Canceled: Customer call: Contoso');
    expect(cancellation).toHaveLength(1);
    const full = await asApp<Graph.Message>('GET', `/users/${isaiah}/messages/${encodeURIComponent(cancellation[0].id ?? '')}`);
    expect(full.body?.content).toContain('Contoso asked to meet in December instead');
  }, 60000);

  test('an invitation accepted in the chat shows as accepted in the organizer\'s meeting and the user\'s copy', async () => {
    const megan = '00000000-0000-0000-0000-0000000000021';
    // Megan invites Alex from her own Outlook.
    await asApp('POST', `/users/${megan}/events`, {
      subject: 'Brand workshop',
      start: { dateTime: '2026-11-23T13:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2026-11-23T14:00:00', timeZone: 'Pacific Standard Time' },
      attendees: [{ emailAddress: { address: 'alexw@example.com', name: 'Alex Wilber' }, type: 'required' }],
    });
    const window = ['2026-11-23T08:00:00Z', '2026-11-24T08:00:00Z'] as const;
    expect((await eventsOf(ALEX.aadObjectId, 'Brand workshop', ...window)).map((e) => e.responseStatus?.response)).toEqual(['notResponded']);

    const before = playground.botMessages().length;
    await playground.say('accept the brand workshop');
    const [proposal] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(proposal))).toEqual(expect.arrayContaining(['Accept this invitation?', 'Brand workshop', 'Mon, Nov 23, 1:00 – 2:00 PM (Pacific Time)', 'Megan Bowen']));
    const response = await playground.execute(proposal.messageId!, 'Accept', 'meeting.confirm', { proposalId: proposalIdIn(proposal) });
    expect(JSON.stringify(response)).toContain('Accepted');

    const [organizers] = await eventsOf(megan, 'Brand workshop', ...window);
    expect(organizers.attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com')?.status?.response).toBe('accepted');
    expect((await eventsOf(ALEX.aadObjectId, 'Brand workshop', ...window)).map((e) => e.responseStatus?.response)).toEqual(['accepted']);
  }, 60000);

  test('a clash on the proposal: a suggested free time picked on the card, then confirmed, lands at that time in both calendars', async () => {
    const before = playground.botMessages().length;
    // Alex's daily standup runs 9:00–9:15 on Wednesday the 25th.
    await playground.say('meet with Patti on Wednesday at 9am about hiring');
    const [proposal] = await playground.nextBotMessages(before);
    const card = JSON.stringify(cardIn(proposal));
    expect(cardTexts(cardIn(proposal))).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Hiring', 'Conflicts', 'Free for everyone instead:']));
    const slot = /"title":"([^"]+)","verb":"event.pickSlot","data":\{"proposalId":"([0-9a-f-]{36})","start":"([^"]+)"\}/.exec(card);
    expect(slot).not.toBeNull();
    const [, title, proposalId, start] = slot!;

    const picked = await playground.execute(proposal.messageId!, title, 'event.pickSlot', { proposalId, start });
    expect(cardTexts(picked)).not.toContain('Conflicts');
    expect(cardTexts(picked)).toContain('Schedule this meeting?');
    const response = await playground.execute(proposal.messageId!, 'Schedule', 'event.confirm', { proposalId: proposalIdIn(picked) });
    expect(JSON.stringify(response)).toContain('Scheduled: Hiring');

    for (const userId of [ALEX.aadObjectId, '00000000-0000-0000-0000-0000000000024']) {
      const view = await asApp<{ value: Graph.Event[] }>('GET', `/users/${userId}/calendarView?startDateTime=2026-11-25T08:00:00Z&endDateTime=2026-11-26T08:00:00Z&$top=100`);
      const hiring = view.value.filter((e) => e.subject === 'Hiring');
      expect(hiring).toHaveLength(1);
      // Times come back in Pacific; the picked start is an instant.
      const [date, time] = (hiring[0].start?.dateTime ?? '').split('T');
      expect(new Date(`${date}T${time.slice(0, 8)}-08:00`).getTime()).toBe(Date.parse(start));
      expect(Date.parse(start)).not.toBe(Date.parse('2026-11-25T17:00:00Z'));
    }
  }, 60000);

  test('"add Adele to it" after asking about the design review: Adele is invited, with her own copy and an invitation', async () => {
    const adele = '00000000-0000-0000-0000-0000000000022';
    let before = playground.botMessages().length;
    await playground.say('when is the design review?');
    const [details] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(details))).toContain('Project Falcon design review');

    before = playground.botMessages().length;
    await playground.say('add Adele to it');
    const [proposal] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(proposal))).toEqual(expect.arrayContaining(['Update the invitation?', 'Project Falcon design review', 'Add', 'Adele Vance']));
    const response = await playground.execute(proposal.messageId!, 'Update', 'meeting.confirm', { proposalId: proposalIdIn(proposal) });
    expect(JSON.stringify(response)).toContain('Invitation updated');

    const window = ['2026-11-19T08:00:00Z', '2026-11-20T08:00:00Z'] as const;
    const [review] = await eventsOf(ALEX.aadObjectId, 'Project Falcon design review', ...window);
    expect((review.attendees ?? []).map((a) => a.emailAddress?.address).sort()).toEqual(['adelev@example.com', 'meganb@example.com', 'pattif@example.com']);
    const copies = await eventsOf(adele, 'Project Falcon design review', ...window);
    expect(copies.map((e) => e.start?.dateTime)).toEqual([review.start?.dateTime]);
    const invitations = await asApp<{ value: Graph.Message[] }>('GET', `/users/${adele}/messages?$top=100`);
    expect(invitations.value.filter((m) => m.subject === 'Project Falcon design review')).toHaveLength(1);
  }, 60000);

  test('Schedule pressed twice at once in the Playground: both answers show the result, and there is one event and one copy', async () => {
    const patti = '00000000-0000-0000-0000-0000000000024';
    const before = playground.botMessages().length;
    await playground.say('meet with Patti on Tuesday at 11am about vendor onboarding');
    const [proposal] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(proposal))).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Vendor onboarding', 'Tue, Nov 24, 11:00 – 11:30 AM (Pacific Time)']));
    const proposalId = proposalIdIn(proposal);

    const answers = await Promise.all([
      playground.execute(proposal.messageId!, 'Schedule', 'event.confirm', { proposalId }),
      playground.execute(proposal.messageId!, 'Schedule', 'event.confirm', { proposalId }),
    ]);
    for (const answer of answers) expect(cardTexts(answer)[0]).toBe('Scheduled: Vendor onboarding');

    const window = ['2026-11-24T08:00:00Z', '2026-11-25T08:00:00Z'] as const;
    expect((await eventsOf(ALEX.aadObjectId, 'Vendor onboarding', ...window)).map((e) => e.start?.dateTime)).toEqual(['2026-11-24T11:00:00.0000000']);
    expect((await eventsOf(patti, 'Vendor onboarding', ...window)).map((e) => e.start?.dateTime)).toEqual(['2026-11-24T11:00:00.0000000']);
  }, 60000);

  test('"move the standup to 9:30", "Just this one", confirmed on the card: only today\'s standup moves, in Alex\'s calendar and Megan\'s copy', async () => {
    const megan = '00000000-0000-0000-0000-0000000000021';
    let before = playground.botMessages().length;
    // At 08:15 the next standup is today's, 09:00–09:15.
    await playground.say('move the standup to 9:30');
    const [question] = await playground.nextBotMessages(before);
    expect(question.text).toMatch(/"Daily standup" repeats\. Just this one \(Thu, Nov 19\) or the whole series\?/);

    before = playground.botMessages().length;
    await playground.say('Just this one');
    const [proposal] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(proposal))).toEqual(
      expect.arrayContaining(['Move this meeting?', 'Thu, Nov 19, 9:00 – 9:15 AM (Pacific Time)', 'Thu, Nov 19, 9:30 – 9:45 AM (Pacific Time)', 'Just this occurrence']),
    );
    const response = await playground.execute(proposal.messageId!, 'Move', 'meeting.confirm', { proposalId: proposalIdIn(proposal) });
    expect(cardTexts(response)).toContain('Moved');

    // Wednesday the 18th to Tuesday the 24th: the days around the moved one.
    const window = ['2026-11-18T08:00:00Z', '2026-11-25T08:00:00Z'] as const;
    for (const userId of [ALEX.aadObjectId, megan]) {
      const standups = (await eventsOf(userId, 'Daily standup', ...window)).map((e) => (e.start?.dateTime ?? '').slice(0, 16));
      expect(standups).toEqual(['2026-11-18T09:00', '2026-11-19T09:30', '2026-11-20T09:00', '2026-11-23T09:00', '2026-11-24T09:00']);
    }
  }, 60000);

  test('Graph busy during Schedule in the Playground: a 429 is waited out; a lasting 503 keeps the proposal card with a notice, and Schedule on it works once Graph is back', async () => {
    const isaiah = '00000000-0000-0000-0000-0000000000023';
    const faults = `${stack.graphStandIn!.url}/_sim/faults`;
    let before = playground.botMessages().length;
    await playground.say('meet with Isaiah on December 1 at 9:30am about expense audit');
    const [first] = await playground.nextBotMessages(before);
    expect(cardTexts(cardIn(first))).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Expense audit']));
    const throttled = await fetch(faults, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: '/events', method: 'POST', status: 429, retryAfterSeconds: 1, count: 1 }) });
    expect(throttled.status).toBe(201);
    const pressed = Date.now();
    const landed = await playground.execute(first.messageId!, 'Schedule', 'event.confirm', { proposalId: proposalIdIn(first) });
    expect(cardTexts(landed)[0]).toBe('Scheduled: Expense audit');
    // The create was refused once and retried after its Retry-After second, not skipped past the fault.
    expect(Date.now() - pressed).toBeGreaterThanOrEqual(900);
    const december1 = ['2026-12-01T08:00:00Z', '2026-12-02T08:00:00Z'] as const;
    expect((await eventsOf(ALEX.aadObjectId, 'Expense audit', ...december1)).map((e) => e.start?.dateTime)).toEqual(['2026-12-01T09:30:00.0000000']);
    expect(await eventsOf(isaiah, 'Expense audit', ...december1)).toHaveLength(1);

    before = playground.botMessages().length;
    await playground.say('meet with Isaiah on December 2 at 9:30am about travel policy');
    const [second] = await playground.nextBotMessages(before);
    const proposalId = proposalIdIn(second);
    const december2 = ['2026-12-02T08:00:00Z', '2026-12-03T08:00:00Z'] as const;
    try {
      const outage = await fetch(faults, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: '/events', method: 'POST', status: 503, retryAfterSeconds: 0, count: 10 }) });
      expect(outage.status).toBe(201);
      const failed = cardTexts(await playground.execute(second.messageId!, 'Schedule', 'event.confirm', { proposalId }));
      expect(failed[0]).toBe('Schedule this meeting?');
      expect(failed.join(' ')).toMatch(/Nothing was scheduled: Microsoft 365 is busy right now.*try again/);
      expect(failed).toContain('Travel policy');
    } finally {
      await fetch(faults, { method: 'DELETE' });
    }
    expect(await eventsOf(ALEX.aadObjectId, 'Travel policy', ...december2)).toEqual([]);
    expect(await eventsOf(isaiah, 'Travel policy', ...december2)).toEqual([]);

    const retried = await playground.execute(second.messageId!, 'Schedule', 'event.confirm', { proposalId });
    expect(cardTexts(retried)[0]).toBe('Scheduled: Travel policy');
    expect((await eventsOf(ALEX.aadObjectId, 'Travel policy', ...december2)).map((e) => e.start?.dateTime)).toEqual(['2026-12-02T09:30:00.0000000']);
    expect(await eventsOf(isaiah, 'Travel policy', ...december2)).toHaveLength(1);
  }, 90000);

  // Last: it stops the stack. A turn still sending when the stack stops must finish (its reply
  // reaches the Playground) rather than retry into a closed port and keep the process alive.
  test('stopping the stack while a turn is still replying: its last message reaches the Playground, and the stop is quick', async () => {
    let before = playground.botMessages().length;
    await playground.say('schedule a meeting with Megan');
    await playground.nextBotMessages(before);
    before = playground.botMessages().length;
    await playground.say('add Isaiah to the design review');
    const [first] = await playground.nextBotMessages(before);
    expect(first.text).toMatch(/I've set aside what we were doing/);

    const started = Date.now();
    await stack.stop();
    expect(Date.now() - started).toBeLessThan(3000);
    const last = playground.botMessages().slice(before).find((m) => cardIn(m));
    expect(cardTexts(cardIn(last!))).toEqual(expect.arrayContaining(['Update the invitation?', 'Isaiah Langer']));
  }, 60000);
});
