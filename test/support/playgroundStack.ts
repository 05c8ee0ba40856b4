import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { startLocalStack, type RunningStack } from '../../src/localStack/localStack';
import { createLogger } from '../../src/log';
import { AdjustableClock } from '../../src/time/clock';
import { cardTexts } from './botClient';
import { freePort } from './freePort';
import { PlaygroundClient, type PlaygroundMessage } from './playgroundClient';
import { graphReader, resetTenant, clearFaults, type TestStack } from './testStack';

/** A card the chat shows: the message it sits on (what a button press replies to) and its current content. */
export interface ShownCard {
  messageId: string;
  card: Record<string, unknown>;
  texts: string[];
}

interface ExecuteAction {
  title: string;
  verb: string;
  data: Record<string, unknown>;
  associatedInputs?: string;
}

function adaptiveCardIn(message: PlaygroundMessage): Record<string, unknown> | undefined {
  return message.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content as Record<string, unknown> | undefined;
}

/** Every node of a card, depth first. */
function nodesOf(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    out.push(node as Record<string, unknown>);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

/** The Action.Execute buttons of a card. */
export function executeActions(card: unknown): ExecuteAction[] {
  return nodesOf(card)
    .filter((n) => n.type === 'Action.Execute')
    .map((n) => ({ title: String(n.title), verb: String(n.verb), data: (n.data ?? {}) as Record<string, unknown>, associatedInputs: n.associatedInputs as string | undefined }));
}

/** The texts of a card's TextBlocks: the elements Teams renders as markdown (TextRuns it shows as they are). */
export function markdownTexts(card: unknown): string[] {
  return nodesOf(card)
    .filter((n) => n.type === 'TextBlock' && typeof n.text === 'string')
    .map((n) => n.text as string);
}

/** The form's inputs with the values they show, as a client collects them on submit. */
export function inputValues(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const n of nodesOf(card)) {
    if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string') values[n.id] = n.value === undefined ? '' : String(n.value);
  }
  return values;
}

/** The inputs of a card by id, with their type, to check what a form offers. */
export function inputTypes(card: unknown): Record<string, string> {
  return Object.fromEntries(nodesOf(card).filter((n) => typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string').map((n) => [n.id as string, n.type as string]));
}

/**
 * The user's side of the Playground chat: messages typed, and buttons pressed the way its
 * card renderer presses them (the button's data plus the form's inputs, unless the button
 * says `associatedInputs: none`).
 */
export class PlaygroundChat {
  constructor(private readonly client: PlaygroundClient) {}

  /** Says `text` and waits for the bot's `replies` messages to it. */
  async say(text: string, replies = 1): Promise<PlaygroundMessage[]> {
    const before = this.client.botMessages().length;
    await this.client.say(text);
    let got = await this.client.nextBotMessages(before);
    while (got.length < replies) got = await this.client.nextBotMessages(before + got.length).then((more) => [...got, ...more]);
    return got;
  }

  /** Says `text` and returns the text of the one reply, which must not be a card. */
  async question(text: string): Promise<string> {
    const [reply] = await this.say(text);
    if (adaptiveCardIn(reply)) throw new Error(`expected a question, got a card: ${JSON.stringify(cardTexts(adaptiveCardIn(reply)))}`);
    return reply.text ?? '';
  }

  /** Says `text` and returns the card its last reply shows (earlier replies of the turn, if any, first). */
  async ask(text: string, replies = 1): Promise<ShownCard> {
    const messages = await this.say(text, replies);
    return this.shown(messages[messages.length - 1]);
  }

  shown(message: PlaygroundMessage): ShownCard {
    const card = adaptiveCardIn(message);
    if (!card) throw new Error(`expected a card, got ${JSON.stringify(message.text)}`);
    return { messageId: message.messageId ?? '', card, texts: cardTexts(card) };
  }

  /**
   * Presses the button titled `title` on a shown card (on the row of event `eventId`, when
   * the card has one per event), with `changes` typed into its form; returns the card that replaces it.
   */
  async press(shown: ShownCard, title: string, changes: Record<string, string> = {}, eventId?: string): Promise<ShownCard> {
    const action = executeActions(shown.card).find((a) => a.title === title && (eventId === undefined || a.data.eventId === eventId));
    if (!action) throw new Error(`no "${title}" button${eventId ? ` for ${eventId}` : ''} on ${JSON.stringify(shown.texts)}`);
    const inputs = action.associatedInputs === 'none' ? {} : { ...inputValues(shown.card), ...changes };
    const answer = await this.client.execute(shown.messageId, title, action.verb, { ...inputs, ...action.data });
    const card = nodesOf(answer).find((n) => n.type === 'AdaptiveCard');
    if (!card) throw new Error(`the invoke answered without a card: ${JSON.stringify(answer)}`);
    return { messageId: shown.messageId, card, texts: cardTexts(card) };
  }
}

/**
 * The whole local stack as `npm start` runs it, Playground included, started once for a
 * describe block (it takes seconds), with `env` over the defaults; the demo tenant is re-seeded before each test. Returns
 * the stack as the Graph-checking helpers of `calendarKit` read it, and the chat.
 */
export function usePlaygroundStack(now: string, env: Record<string, string> = {}): { stack: TestStack; chat: PlaygroundChat } {
  let running: { stack: TestStack; chat: PlaygroundChat } | undefined;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'assistant-e2e-'));
    const config = loadConfig({ PORT: String(await freePort()), SIM_PORT: String(await freePort()), PLAYGROUND_PORT: String(await freePort()), DATA_DIR: dataDir, ...env });
    const clock = new AdjustableClock();
    clock.freeze(new Date(now));
    const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
    const local: RunningStack = await startLocalStack({ config, clock, logger, progress: () => undefined });
    const client = new PlaygroundClient(local.playground!.url);
    await client.connect();
    const sim = local.graphStandIn!;
    running = {
      chat: new PlaygroundChat(client),
      stack: {
        clock,
        sim,
        assistant: local.assistant,
        config,
        graphGet: graphReader(config, sim.url),
        async stop() {
          client.close();
          await local.stop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      },
    };
  }, 120000);
  afterAll(async () => {
    await running?.stack.stop();
  });
  beforeEach(async () => {
    await resetTenant(current().stack);
    // A test that failed half-way through a dialog must not leave its question open for the next one.
    await current().chat.say('start over');
  });
  afterEach(() => clearFaults(current().stack));
  const current = (): { stack: TestStack; chat: PlaygroundChat } => {
    if (!running) throw new Error('the Playground stack is not running (used outside a test?)');
    return running;
  };
  const forward = <T extends object>(pick: () => T): T => new Proxy({} as T, { get: (_target, property) => Reflect.get(pick(), property) });
  return { stack: forward(() => current().stack), chat: forward(() => current().chat) };
}
