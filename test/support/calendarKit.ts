import type * as Graph from '@microsoft/microsoft-graph-types';
import type { Activity } from 'botbuilder';
import { AppTokenProvider } from '../../src/auth/appTokenProvider';
import { createLogger } from '../../src/log';
import { BotClient, cardOf, cardTexts, TENANT_ID } from './botClient';
import type { TestStack } from './testStack';

/**
 * What the meeting-change tests share: Wednesday 18 November 2026, 09:30 in Los Angeles,
 * the demo seed's people, and reading or writing calendars straight through the stand-in.
 */
export const NOW = '2026-11-18T17:30:00Z';
export const ALEX_ID = '00000000-0000-0000-0000-0000000000020';
export const MEGAN = '00000000-0000-0000-0000-0000000000021';
export const ADELE = '00000000-0000-0000-0000-0000000000022';
export const PATTI = '00000000-0000-0000-0000-0000000000024';
export const PST = { Prefer: 'outlook.timezone="Pacific Standard Time"' };

export async function eventsOn(stack: TestStack, userId: string, subject: string | RegExp): Promise<Graph.Event[]> {
  const view = await stack.graphGet<{ value: Graph.Event[] }>(
    `/users/${userId}/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-11-30T00:00:00Z&$top=300`,
    PST,
  );
  return view.value.filter((e) => (typeof subject === 'string' ? e.subject === subject : subject.test(e.subject ?? '')));
}

/** Local start times ("2026-11-19T15:00") of the events, in order. */
export function starts(events: Graph.Event[]): string[] {
  return events.map((e) => (e.start?.dateTime ?? '').slice(0, 16));
}

/** Writes to Graph as the application, the way another person's Outlook would. */
export async function graphSend<T>(stack: TestStack, method: string, path: string, body?: unknown): Promise<T> {
  const tokens = new AppTokenProvider({ ...stack.config.entra, logger: createLogger('silent') });
  const token = await tokens.getAccessToken({ tenantId: TENANT_ID, aadObjectId: '' });
  const res = await fetch(`${stack.sim.url}/v1.0${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...PST },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 || res.status === 202 ? undefined : await res.json()) as T;
}

/** Two half-hour "Planning sync" meetings in Alex's calendar, Thursday and Friday at 3pm Pacific: a name that fits two. */
export async function addTwinPlanningSyncs(stack: TestStack): Promise<void> {
  for (const day of ['19', '20']) {
    await graphSend<Graph.Event>(stack, 'POST', `/users/${ALEX_ID}/events`, {
      subject: 'Planning sync',
      start: { dateTime: `2026-11-${day}T15:00:00`, timeZone: 'Pacific Standard Time' },
      end: { dateTime: `2026-11-${day}T15:30:00`, timeZone: 'Pacific Standard Time' },
    });
  }
}

export async function fault(stack: TestStack, rule: Record<string, unknown>): Promise<void> {
  await fetch(`${stack.sim.url}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) });
}


export function proposalIdOf(card: unknown): string {
  const m = /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(card));
  if (!m) throw new Error(`no proposal on ${JSON.stringify(card)}`);
  return m[1];
}

export function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0];
}

/** The texts of the one reply, which must be a card. */
export function cardReply(replies: Activity[]): { card: Record<string, unknown>; texts: string[] } {
  const card = cardOf(only(replies));
  if (!card) throw new Error(`expected a card, got ${JSON.stringify(replies)}`);
  return { card, texts: cardTexts(card) };
}

/** Says something that should end in a proposal card; answers the questions on the way with `answers`. */
export async function proposeThrough(client: BotClient, text: string, answers: string[] = []): Promise<{ id: string; texts: string[] }> {
  let replies = await client.say(text);
  for (const answer of answers) {
    expect(cardOf(replies[replies.length - 1])).toBeUndefined();
    replies = await client.say(answer);
  }
  const { card, texts } = cardReply(replies);
  return { id: proposalIdOf(card), texts };
}

export function textOf(replies: Activity[]): string {
  return replies.map((r) => r.text ?? '').join('\n');
}


/** Mails the stand-in delivered to `to` whose subject mentions `subject`. */
export async function mailsTo(stack: TestStack, to: string, subject: string): Promise<Array<{ subject?: string; payload?: unknown }>> {
  const res = await fetch(`${stack.sim.url}/_sim/deliveries`);
  const body = (await res.json()) as { value: Array<{ kind: string; to: string; subject?: string; payload?: unknown }> };
  return body.value.filter((d) => d.kind === 'mail' && d.to.toLowerCase() === to && (d.subject ?? '').includes(subject));
}

/** How many meeting requests (new or updated) `to` was sent for a meeting. */
export async function meetingRequestsTo(stack: TestStack, to: string, subject: string): Promise<number> {
  return (await mailsTo(stack, to, subject)).filter((m) => !/^(Canceled|Accepted|Declined|Tentative):/.test(m.subject ?? '')).length;
}

/** The text of a delivered mail as the recipient's mailbox has it. */
export async function mailBody(stack: TestStack, userId: string, mail: { payload?: unknown }): Promise<string> {
  const messageId = (mail.payload as { messageId?: string } | undefined)?.messageId ?? '';
  const message = await stack.graphGet<{ body?: { content?: string } }>(`/users/${userId}/messages/${encodeURIComponent(messageId)}`);
  return message.body?.content ?? '';
}

/**
 * A meeting put straight into the organizer's calendar, as their own Outlook would: local
 * Pacific times ("2026-11-20T10:00"), attendees by address, named as the directory names them.
 */
export async function postMeeting(stack: TestStack, organizerId: string, subject: string, start: string, end: string, attendees: string[]): Promise<Graph.Event> {
  const directory = [...stack.sim.state.users.values()];
  return graphSend<Graph.Event>(stack, 'POST', `/users/${organizerId}/events`, {
    subject,
    start: { dateTime: `${start}:00`, timeZone: 'Pacific Standard Time' },
    end: { dateTime: `${end}:00`, timeZone: 'Pacific Standard Time' },
    attendees: attendees.map((address) => ({ emailAddress: { address, name: directory.find((u) => u.mail === address)?.displayName ?? address }, type: 'required' })),
  });
}
