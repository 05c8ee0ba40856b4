import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** A Teams user as the Playground presents them. */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export const TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const ALEX: TeamsUser = { id: 'user-id-0', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000020' };

/**
 * Talks to the bot's real /api/messages endpoint the way a channel does, asking for the
 * replies in the HTTP response (deliveryMode "expectReplies") so no connector is needed.
 */
export class BotClient {
  constructor(
    private readonly botUrl: string,
    private readonly user: TeamsUser = ALEX,
    private readonly conversationId = `personal-${randomUUID()}`,
  ) {}

  private activity(partial: Partial<Activity>): Partial<Activity> {
    return {
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/unused',
      id: randomUUID(),
      timestamp: new Date(),
      deliveryMode: 'expectReplies',
      from: { id: this.user.id, name: this.user.name, aadObjectId: this.user.aadObjectId },
      recipient: { id: 'bot-id', name: 'Assistant' },
      conversation: { id: this.conversationId, conversationType: 'personal', tenantId: TENANT_ID, isGroup: false, name: '' },
      channelData: { tenant: { id: TENANT_ID } },
      locale: 'en-US',
      ...partial,
    };
  }

  async send(partial: Partial<Activity>): Promise<Activity[]> {
    const res = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.activity(partial)),
    });
    if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { activities?: Activity[] };
    return body.activities ?? [];
  }

  say(text: string): Promise<Activity[]> {
    return this.send({ type: 'message', text });
  }

  /** Presses an Action.Execute button: the bot answers with the card that replaces the clicked one. */
  async execute(verb: string, data: Record<string, unknown>): Promise<{ status: number; body: { statusCode: number; type: string; value: Record<string, unknown> } }> {
    const res = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        this.activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: undefined, value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }),
      ),
    });
    return { status: res.status, body: (await res.json()) as { statusCode: number; type: string; value: Record<string, unknown> } };
  }

  joins(): Promise<Activity[]> {
    return this.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: this.user.id, name: this.user.name, aadObjectId: this.user.aadObjectId }],
    });
  }
}

/** The Adaptive Card of a reply, or undefined. */
export function cardOf(activity: Activity): Record<string, unknown> | undefined {
  const attachment = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content as Record<string, unknown> | undefined;
}

/** Every text a card shows (TextBlock text, TextRun text, FactSet facts, action titles), in order. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if ((n.type === 'TextBlock' || n.type === 'TextRun') && typeof n.text === 'string') out.push(n.text);
    if (typeof n.title === 'string' && typeof n.type === 'string' && n.type.startsWith('Action.')) out.push(n.title);
    if (typeof n.title === 'string' && typeof n.value === 'string') out.push(`${n.title}: ${n.value}`);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return out;
}
