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
 * Stopping starts with the bot: closing its server waits for the turns in progress, whose
 * replies go to the Playground and whose Graph calls go to the stand-in, so both must still
 * be there. (Stopped first, the Playground would leave such a turn retrying its replies
 * into a closed port, and the process waiting on those retries.) Then the Playground, then
 * the stand-in. A part that fails to start stops the others.
 */
export async function startLocalStack(options: {
  config: Config;
  clock: AdjustableClock;
  logger: Logger;
  progress: (line: string) => void;
}): Promise<RunningStack> {
  const { config, clock, logger, progress } = options;
  let stopStandIn: (() => Promise<void>) | undefined;
  let stopAssistant: (() => Promise<void>) | undefined;
  let stopPlayground: (() => Promise<void>) | undefined;
  const stop = async (): Promise<void> => {
    const parts = [stopAssistant, stopPlayground, stopStandIn];
    // A second stop (a signal after a failed start, a test's own teardown) has nothing left to do.
    stopAssistant = stopPlayground = stopStandIn = undefined;
    for (const s of parts) {
      await s?.().catch((error) => logger.error({ err: error }, 'stopping a part failed'));
    }
  };
  try {
    let graphStandIn: GraphStandIn | undefined;
    if (config.localStack.graphStandIn.enabled) {
      progress(`Starting the Microsoft Graph stand-in on port ${config.localStack.graphStandIn.port} (SIM_PORT)...`);
      graphStandIn = await startGraphStandIn({ clock, port: config.localStack.graphStandIn.port, seed: 'demo', logger: logger.child({ part: 'sim' }) });
      stopStandIn = () => graphStandIn!.close();
      progress(`  Graph stand-in ready: ${graphStandIn.url}/v1.0 (sign-in at ${graphStandIn.authorityHost})`);
    }

    progress(`Starting the assistant on port ${config.port} (PORT), ${config.store.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.store.dataDir} (DATA_DIR)`}...`);
    const assistant = await startAssistant({ config, clock, logger });
    stopAssistant = () => assistant.stop();
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
      stopPlayground = () => playground!.stop();
    }
    return { assistant, graphStandIn, playground, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
