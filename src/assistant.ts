import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type TurnContext,
} from 'botbuilder';
import type { Server } from 'restify';
import { MainDialog } from '../dialogs/mainDialog';
import type { AssistantServices } from '../dialogs/assistantServices';
import { AppTokenProvider } from './auth/appTokenProvider';
import type { TokenProvider } from './auth/tokenProvider';
import { AssistantBot } from './bot/assistantBot';
import type { Config } from './config';
import { GraphClientFactory } from './graph/graphClientFactory';
import { MailboxProfileCache } from './graph/mailboxProfile';
import type { Logger } from './log';
import { recognize } from './nlu';
import { createServer, httpReachable } from './server';
import { DatabaseStorage } from './store/botStateStorage';
import { ConversationReferenceRecorder } from './bot/conversationReferenceRecorder';
import { ConversationReferences } from './store/conversationReferences';
import { openDatabase, type Database } from './store/database';
import { LastEvents } from './store/lastEvents';
import { Proposals } from './store/proposals';
import type { Clock } from './time/clock';

export interface RunningAssistant {
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  database: Database;
  adapter: CloudAdapter;
  stop(): Promise<void>;
}

export interface AssistantOptions {
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Where to listen; the config's port when absent (0 picks a free one). */
  port?: number;
  host?: string;
  /** Replaces the app-token provider (tests drive other token sources). */
  tokens?: TokenProvider;
}

/**
 * Builds the bot and everything it depends on, each handed its dependencies:
 * store → Graph → recogniser → dialogs → bot → HTTP server.
 */
export async function startAssistant(options: AssistantOptions): Promise<RunningAssistant> {
  const { config, clock, logger } = options;
  const database = await openDatabase({ databaseUrl: config.store.databaseUrl, dataDir: config.store.dataDir, logger });
  try {
    const tokens =
      options.tokens ??
      new AppTokenProvider({
        clientId: config.entra.clientId,
        clientSecret: config.entra.clientSecret,
        tenantId: config.entra.tenantId,
        authorityHost: config.entra.authorityHost,
        extraCaPem: config.entra.extraCaPem,
        logger,
      });
    const graph = new GraphClientFactory(tokens, { baseUrl: config.graph.baseUrl, timeoutMs: config.graph.timeoutMs });
    const services: AssistantServices = {
      graph,
      profiles: new MailboxProfileCache(() => clock.now()),
      clock,
      recognize,
      proposals: new Proposals(database),
      lastEvents: new LastEvents(database),
      logger,
    };

    const storage = new DatabaseStorage(database);
    const conversationState = new ConversationState(storage);
    const userState = new UserState(storage);
    const bot = new AssistantBot(conversationState, userState, new MainDialog(services), services);

    const auth = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.bot.appId,
      MicrosoftAppPassword: config.bot.appPassword,
      MicrosoftAppType: config.bot.appType,
      MicrosoftAppTenantId: config.bot.appTenantId,
    });
    const adapter = new CloudAdapter(auth);
    adapter.use(new ConversationReferenceRecorder(new ConversationReferences(database), logger));
    adapter.onTurnError = async (context: TurnContext, error: Error) => {
      logger.error({ err: error, activityType: context.activity.type }, 'turn failed');
      try {
        await context.sendActivity('Sorry, something went wrong on my side. Please try that again.');
        // A dialog stuck on a failed step would fail again next turn: start fresh.
        await conversationState.delete(context);
      } catch (sendError) {
        logger.error({ err: sendError }, 'could not tell the user about a failed turn');
      }
    };

    const server: Server = createServer({
      adapter,
      bot,
      logger,
      health: [
        { name: 'database', check: () => database.ping() },
        httpReachable('graph', `${config.graph.baseUrl}/v1.0/`),
      ],
    });
    const port = options.port ?? config.port;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, options.host ?? '0.0.0.0', () => resolve());
    });
    const actualPort = (server.address() as AddressInfo).port;
    return {
      url: `http://127.0.0.1:${actualPort}`,
      port: actualPort,
      database,
      adapter,
      async stop() {
        // Turns in progress finish (their replies still need the channel); each connection is closed as soon as it is idle, not left to the client's keep-alive.
        const closeIdle = setInterval(() => server.server.closeIdleConnections(), 50);
        await new Promise<void>((resolve) => server.close(() => resolve())).finally(() => clearInterval(closeIdle));
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
