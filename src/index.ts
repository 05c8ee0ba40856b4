import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config';
import { startLocalStack } from './localStack/localStack';
import { createLogger } from './log';
import { AdjustableClock } from './time/clock';

/** Composition root: the only place that reads the environment. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true } as Parameters<typeof loadDotenv>[0]);
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message} See .env.example.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const progress = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  // One clock for the bot and the Graph stand-in, so a drill that moves the stand-in's time moves the bot's too.
  const clock = new AdjustableClock();
  const stack = await startLocalStack({ config, clock, logger, progress });

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    progress(`\n${signal} received, stopping...`);
    stack.stop().then(
      () => {
        progress('Stopped.');
        process.exit(0);
      },
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  if (stack.playground) {
    progress(`\nReady. Open ${stack.playground.url} in your browser and say "what's on my calendar today?" (Ctrl-C stops everything).`);
  } else {
    progress(`\nReady. The bot listens on http://localhost:${stack.assistant.port}/api/messages (Ctrl-C stops it).`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
