import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { startAssistant } from '../src/assistant';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { createServer } from '../src/server';
import { startGraphStandIn } from '../src/sim';
import { AdjustableClock } from '../src/time/clock';
import { BotClient } from '../test/support/botClient';

interface Figures {
  turnsPerSecond: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(turn: () => Promise<unknown>, turns: number, warmup: number): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await turn();
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < turns; i++) {
    const t0 = process.hrtime.bigint();
    await turn();
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  latencies.sort((a, b) => a - b);
  return { turnsPerSecond: (turns * 1000) / totalMs, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** A bot that only echoes, behind the same adapter and restify server: the floor a turn cannot go below. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}

/**
 * Chat turns through the real /api/messages endpoint: an agenda turn (recogniser, Graph
 * stand-in over HTTP, card) and a help turn (no Graph) against an echo turn on the same
 * adapter and server.
 */
export async function runChatTurnBench(turns = 300, warmup = 30): Promise<string> {
  const logger = createLogger('silent');
  const clock = new AdjustableClock();
  clock.freeze(new Date('2026-11-18T17:30:00Z'));
  const sim = await startGraphStandIn({ clock, port: 0, seed: 'demo', logger });
  const dataDir = mkdtempSync(join(tmpdir(), 'assistant-bench-'));
  const config = loadConfig({ SIM_PORT: new URL(sim.url).port, DATA_DIR: dataDir, PLAYGROUND: 'off' });
  const assistant = await startAssistant({ config, clock, logger, port: 0, host: '127.0.0.1' });

  const echoAdapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const echoServer = createServer({ adapter: echoAdapter, bot: new EchoBot(), health: [], logger });
  await new Promise<void>((resolve) => echoServer.listen(0, '127.0.0.1', () => resolve()));
  const echoUrl = `http://127.0.0.1:${(echoServer.address() as AddressInfo).port}`;

  try {
    const agendaClient = new BotClient(assistant.url);
    const echoClient = new BotClient(echoUrl);
    const echo = await measure(() => echoClient.say('hello'), turns, warmup);
    // A help turn goes through the same recogniser, state and storage but makes no Graph call.
    const help = await measure(() => agendaClient.say('help'), turns, warmup);
    const agenda = await measure(() => agendaClient.say("what's on my calendar today?"), turns, warmup);
    const row = (name: string, f: Figures): string =>
      `${name.padEnd(14)} ${f.turnsPerSecond.toFixed(1).padStart(8)} turns/s   p50 ${f.p50.toFixed(2).padStart(7)} ms   p99 ${f.p99.toFixed(2).padStart(7)} ms`;
    return [
      `Chat turns over HTTP (${turns} sequential turns each, after ${warmup} warm-up turns)`,
      row('echo (base)', echo),
      row('help', help),
      row('agenda', agenda),
      `help/echo: throughput ${(help.turnsPerSecond / echo.turnsPerSecond).toFixed(3)}x, p50 latency ${(help.p50 / echo.p50).toFixed(2)}x`,
      `agenda/echo: throughput ${(agenda.turnsPerSecond / echo.turnsPerSecond).toFixed(3)}x, p50 latency ${(agenda.p50 / echo.p50).toFixed(2)}x, p99 latency ${(agenda.p99 / echo.p99).toFixed(2)}x`,
    ].join('\n');
  } finally {
    await new Promise<void>((resolve) => echoServer.close(() => resolve()));
    await assistant.stop();
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runChatTurnBench().then((report) => process.stdout.write(`${report}\n`));
}
