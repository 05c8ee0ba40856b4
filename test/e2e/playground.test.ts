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
});
