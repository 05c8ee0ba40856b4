import { join } from 'node:path';
import { startAssistant, type RunningAssistant } from '../assistant';
import type { Config } from '../config';
import type { Logger } from '../log';
import { startGraphStandIn, type GraphStandIn } from '../sim';
import type { AdjustableClock } from '../time/clock';
import { startPlayground, type RunningPlayground } from './playground';

export interface RunningStack {
  assistant: RunningAssistant;
  graphStandIn: GraphStandIn | undefined;
  playground: RunningPlayground | undefined;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` runs on one machine, in order: the Graph stand-in (when
 * configured), the bot, then the Playground, which waits for the bot to answer.
 * Each part is stopped in reverse order; a part that fails to start stops the others.
 */
export async function startLocalStack(options: {
  config: Config;
  clock: AdjustableClock;
  logger: Logger;
  progress: (line: string) => void;
}): Promise<RunningStack> {
  const { config, clock, logger, progress } = options;
  const stoppers: Array<() => Promise<void>> = [];
  const stop = async (): Promise<void> => {
    for (const s of stoppers.reverse()) await s().catch((error) => logger.error({ err: error }, 'stopping a part failed'));
  };
  try {
    let graphStandIn: GraphStandIn | undefined;
    if (config.localStack.graphStandIn.enabled) {
      progress(`Starting the Microsoft Graph stand-in on port ${config.localStack.graphStandIn.port} (SIM_PORT)...`);
      graphStandIn = await startGraphStandIn({ clock, port: config.localStack.graphStandIn.port, seed: 'demo', logger: logger.child({ part: 'sim' }) });
      stoppers.push(() => graphStandIn!.close());
      progress(`  Graph stand-in ready: ${graphStandIn.url}/v1.0 (sign-in at ${graphStandIn.authorityHost})`);
    }

    progress(`Starting the assistant on port ${config.port} (PORT), ${config.store.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.store.dataDir} (DATA_DIR)`}...`);
    const assistant = await startAssistant({ config, clock, logger });
    stoppers.push(() => assistant.stop());
    progress(`  Assistant ready: http://localhost:${assistant.port}/api/messages (health: http://localhost:${assistant.port}/healthz)`);

    let playground: RunningPlayground | undefined;
    if (config.localStack.playground.enabled) {
      progress(`Starting the Microsoft 365 Agents Playground on port ${config.localStack.playground.port} (PLAYGROUND_PORT)...`);
      playground = await startPlayground({
        botUrl: `http://localhost:${assistant.port}`,
        port: config.localStack.playground.port,
        workDir: join(config.store.dataDir, 'playground'),
        logger,
      });
      stoppers.push(() => playground!.stop());
    }
    return { assistant, graphStandIn, playground, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
