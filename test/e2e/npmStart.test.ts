import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/freePort';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start`'s command, with only the given variables set (no .env, no Azure settings). */
function start(env: Record<string, string>): Started {
  let output = '';
  const child = spawn(TSX, ['src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(started: Started, text: string, timeoutMs = 90000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" not printed; output:\n${started.output()}`);
    if (started.child.exitCode !== null) throw new Error(`exited early (${started.child.exitCode}):\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function listening(port: number): Promise<boolean> {
  return fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
}

describe('npm start', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('two copies run side by side when PORT, SIM_PORT, PLAYGROUND_PORT and DATA_DIR differ; Ctrl-C stops each cleanly', async () => {
    const copies = [];
    for (let i = 0; i < 2; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'assistant-start-'));
      dirs.push(dataDir);
      const ports = { PORT: await freePort(), SIM_PORT: await freePort(), PLAYGROUND_PORT: await freePort() };
      copies.push({ ports, started: start({ PORT: String(ports.PORT), SIM_PORT: String(ports.SIM_PORT), PLAYGROUND_PORT: String(ports.PLAYGROUND_PORT), DATA_DIR: dataDir }) });
    }
    for (const { ports, started } of copies) {
      await waitFor(started, 'Ready. Open http://localhost:');
      expect(started.output()).toContain(`http://localhost:${ports.PLAYGROUND_PORT}`);
      expect(started.output()).toContain(`Starting the Microsoft Graph stand-in on port ${ports.SIM_PORT} (SIM_PORT)`);
      const health = await fetch(`http://localhost:${ports.PORT}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', checks: { database: 'ok', graph: 'ok' } });
    }
    for (const { ports, started } of copies) {
      started.child.kill('SIGINT');
      expect(await started.exited).toBe(0);
      expect(started.output()).toContain('Stopped.');
      for (const port of Object.values(ports)) expect(await listening(port)).toBe(false);
    }
  }, 180000);

  test('a bad setting stops start-up with one line naming the variable', async () => {
    const started = start({ PORT: 'eighty' });
    expect(await started.exited).toBe(1);
    expect(started.output().trim()).toBe('Configuration error: PORT must be a TCP port number from 1 to 65535, got "eighty". See .env.example.');
  }, 60000);

  test('a second copy on the same DATA_DIR is refused while the first runs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'assistant-start-'));
    dirs.push(dataDir);
    const env = async (): Promise<Record<string, string>> => ({
      PORT: String(await freePort()),
      SIM_PORT: String(await freePort()),
      PLAYGROUND: 'off',
      DATA_DIR: dataDir,
    });
    const first = start(await env());
    await waitFor(first, 'Ready.');
    const second = start(await env());
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/Start-up failed: .*DATA_DIR/);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 120000);
});
