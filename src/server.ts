import restify, { type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from './log';

export interface HealthProbe {
  name: string;
  check(): Promise<boolean>;
}

export interface ServerDependencies {
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  health: HealthProbe[];
  logger: Logger;
}

/** The bot's HTTP surface. Routes stay thin: they hand the request to the adapter or a probe. */
export function createServer(deps: ServerDependencies): Server {
  const server = restify.createServer({ name: 'assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  server.get('/healthz', async (_req, res) => {
    const results = await Promise.all(deps.health.map(async (p) => [p.name, await p.check().catch(() => false)] as const));
    const checks = Object.fromEntries(results.map(([name, ok]) => [name, ok ? 'ok' : 'unreachable']));
    const healthy = results.every(([, ok]) => ok);
    res.json(healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', checks });
  });

  server.on('restifyError', (req, res, err: Error & { statusCode?: number }, callback) => {
    // 4xx (a probe with the wrong method, an unknown path) is the caller's business; 5xx is ours.
    const status = err.statusCode ?? 500;
    if (status >= 500) deps.logger.error({ err, path: req.path() }, 'request failed');
    else deps.logger.debug({ status, method: req.method, path: req.path() }, 'request refused');
    return callback();
  });
  return server;
}

/** A Graph endpoint is reachable when it answers HTTP at all (401 without a token is an answer). */
export function httpReachable(name: string, url: string, timeoutMs = 2000): HealthProbe {
  return {
    name,
    async check() {
      try {
        await fetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
        return true;
      } catch {
        return false;
      }
    },
  };
}
