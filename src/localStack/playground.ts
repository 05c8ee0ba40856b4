import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log';

export interface RunningPlayground {
  url: string;
  stop(): Promise<void>;
}

const PLAYGROUND_BIN = join(__dirname, '../../node_modules/.bin/agentsplayground');

/**
 * The Microsoft 365 Agents Playground, the local Teams look-alike, pointed at the bot.
 * It runs in its own process with its log folder under `workDir`, so two copies of the
 * stack on one machine keep apart.
 */
export async function startPlayground(options: {
  botUrl: string;
  port: number;
  workDir: string;
  logger: Logger;
  readyTimeoutMs?: number;
}): Promise<RunningPlayground> {
  mkdirSync(options.workDir, { recursive: true });
  const url = `http://localhost:${options.port}`;
  const child: ChildProcess = spawn(
    PLAYGROUND_BIN,
    ['-e', `${options.botUrl}/api/messages`, '-c', 'msteams', '--disable-telemetry', '--conversation-id', 'personal-chat', '-p', String(options.port)],
    {
      cwd: options.workDir,
      // Without this it tries to open a browser and, finding none, exits without a word.
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60000);
  let ready = false;
  while (!ready && Date.now() < deadline) {
    const stillRunning = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 250))]);
    if (!stillRunning) break;
    ready = await fetch(`${url}/_internal/v1/config`, { signal: AbortSignal.timeout(1000) })
      .then((r) => r.ok)
      .catch(() => false);
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  if (!ready) {
    await stop();
    throw new Error(
      `The Agents Playground did not start on port ${options.port} (PLAYGROUND_PORT). Its last output: ${output.trim() || '(none)'}; see ${options.workDir}/devTools/m365agentsplayground.log`,
    );
  }
  options.logger.debug({ port: options.port }, 'playground ready');
  return { url, stop };
}
