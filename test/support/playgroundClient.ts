import WebSocket from 'ws';

export interface PlaygroundMessage {
  messageId?: string;
  type?: string;
  text?: string;
  from?: { id?: string; name?: string };
  replyToId?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
}

/**
 * Drives the Agents Playground without a browser: sends as a user through its
 * conversation API and reads the bot's messages from its WebSocket stream.
 */
export class PlaygroundClient {
  private socket: WebSocket | undefined;
  private readonly received: PlaygroundMessage[] = [];
  private readonly waiters: Array<() => void> = [];

  constructor(
    private readonly baseUrl: string,
    private readonly conversationId = 'personal-chat',
    private readonly userId = 'user-id-0',
  ) {}

  async connect(): Promise<void> {
    const wsUrl = `${this.baseUrl.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`;
    const socket = new WebSocket(wsUrl);
    this.socket = socket;
    socket.on('message', (data: WebSocket.RawData) => {
      let parsed: { action?: string; message?: PlaygroundMessage };
      try {
        parsed = JSON.parse(data.toString()) as { action?: string; message?: PlaygroundMessage };
      } catch {
        return;
      }
      if (parsed.action === 'createMessage' && parsed.message) {
        this.received.push(parsed.message);
        this.waiters.splice(0).forEach((w) => w());
      }
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
  }

  /** Messages seen so far that the bot sent (not the user's own echo). */
  botMessages(): PlaygroundMessage[] {
    return this.received.filter((m) => m.from?.id !== this.userId);
  }

  async say(text: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/_conversation/v1/conversations/${this.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: { id: this.userId }, text, textFormat: 'plain' }),
    });
    if (!res.ok) throw new Error(`Playground refused the message: ${res.status} ${await res.text()}`);
  }

  /** Presses an Action.Execute button on one of the bot's messages, as the Playground's UI does. */
  async execute(replyToId: string, title: string, verb: string, data: Record<string, unknown>): Promise<unknown> {
    const res = await fetch(`${this.baseUrl}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'adaptiveCard/action',
        conversation: { id: this.conversationId },
        from: { id: this.userId },
        replyToId,
        value: { action: { type: 'Action.Execute', title, verb, data } },
      }),
    });
    if (!res.ok) throw new Error(`Playground refused the invoke: ${res.status} ${await res.text()}`);
    return res.json();
  }

  /** Waits until the bot has sent more than `count` messages, and returns the new ones. */
  async nextBotMessages(count: number, timeoutMs = 20000): Promise<PlaygroundMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.botMessages().length <= count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No bot message within ${timeoutMs} ms; seen: ${JSON.stringify(this.received.map((m) => m.text ?? m.type))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.botMessages().slice(count);
  }

  close(): void {
    this.socket?.close();
  }
}
