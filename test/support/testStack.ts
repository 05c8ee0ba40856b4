import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppTokenProvider } from '../../src/auth/appTokenProvider';
import { startAssistant, type RunningAssistant } from '../../src/assistant';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/log';
import { startGraphStandIn, type GraphStandIn } from '../../src/sim';
import { AdjustableClock } from '../../src/time/clock';
import { TENANT_ID } from './botClient';

export interface TestStack {
  clock: AdjustableClock;
  sim: GraphStandIn;
  assistant: RunningAssistant;
  config: Config;
  /** GET on the stand-in with an application token, for checking Graph state independently of the bot. */
  graphGet<T>(path: string, headers?: Record<string, string>): Promise<T>;
  stop(): Promise<void>;
}

/** The stack without the Playground, whose bot can be restarted. */
export interface BotTestStack extends TestStack {
  /** Stops the bot and starts it again on the same data directory and stand-in, as a restarted process would; `assistant` is the new one. */
  restartAssistant(): Promise<void>;
}

/**
 * The stand-in and the bot on free loopback ports, sharing one frozen clock, with a
 * fresh PGlite data directory: the whole local stack minus the Playground.
 */
export async function startTestStack(now: string, env: Record<string, string> = {}): Promise<BotTestStack> {
  const clock = new AdjustableClock();
  clock.freeze(new Date(now));
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const sim = await startGraphStandIn({ clock, port: 0, seed: 'demo', logger });
  const dataDir = mkdtempSync(join(tmpdir(), 'assistant-test-'));
  const port = new URL(sim.url).port;
  const config = loadConfig({ SIM_PORT: port, DATA_DIR: dataDir, PLAYGROUND: 'off', ...env });
  let assistant: RunningAssistant;
  try {
    assistant = await startAssistant({ config, clock, logger, port: 0, host: '127.0.0.1' });
  } catch (error) {
    await sim.close();
    throw error;
  }
  const stack: BotTestStack = {
    clock,
    sim,
    assistant,
    config,
    graphGet: graphReader(config, sim.url),
    async restartAssistant() {
      await stack.assistant.stop();
      stack.assistant = await startAssistant({ config, clock, logger, port: 0, host: '127.0.0.1' });
    },
    async stop() {
      await stack.assistant.stop();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return stack;
}

/** GET on the stand-in at `simUrl` with an application token, for checking Graph state independently of the bot. */
export function graphReader(config: Config, simUrl: string): TestStack['graphGet'] {
  const tokens = new AppTokenProvider({ ...config.entra, logger: createLogger('silent') });
  return async <T>(path: string, headers: Record<string, string> = {}): Promise<T> => {
    const token = await tokens.getAccessToken({ tenantId: TENANT_ID, aadObjectId: '' });
    const res = await fetch(`${simUrl}/v1.0${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** A fresh demo tenant, so each test starts from the seed. */
export async function resetTenant(stack: TestStack): Promise<void> {
  const res = await fetch(`${stack.sim.url}/_sim/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seed: 'demo' }) });
  if (!res.ok) throw new Error(`reset: ${res.status}`);
  await fetch(`${stack.sim.url}/_sim/deliveries`, { method: 'DELETE' });
}

export async function clearFaults(stack: TestStack): Promise<void> {
  await fetch(`${stack.sim.url}/_sim/faults`, { method: 'DELETE' });
}

/**
 * One stack for a describe block: started before its tests, stopped after, faults cleared
 * after each test and, with `freshTenantEachTest`, the demo tenant re-seeded before each.
 * Returns a stand-in object that forwards to the running stack, so tests read
 * `stack.sim` and `stack.assistant` as they would on the stack itself.
 */
export function useTestStack(now: string, options: { freshTenantEachTest?: boolean; env?: Record<string, string> } = {}): BotTestStack {
  let running: BotTestStack | undefined;
  beforeAll(async () => {
    running = await startTestStack(now, options.env);
  }, 60000);
  afterAll(async () => {
    await running?.stop();
  });
  if (options.freshTenantEachTest) beforeEach(() => resetTenant(current()));
  afterEach(() => clearFaults(current()));
  const current = (): BotTestStack => {
    if (!running) throw new Error('the test stack is not running (used outside a test?)');
    return running;
  };
  return new Proxy({} as BotTestStack, { get: (_target, property) => Reflect.get(current(), property) });
}
