import { AdjustableClock } from '../time/clock';
import { createLogger } from '../log';
import { startGraphStandIn } from './index';

/** `npm run sim`: the local tenant on SIM_PORT (default 5099) with the demo seed. */
async function main(): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'info', 'graph-stand-in');
  const port = Number(process.env.SIM_PORT ?? 5099);
  const sim = await startGraphStandIn({ clock: new AdjustableClock(), port, seed: 'demo', logger });
  process.stdout.write(`Graph stand-in: Graph ${sim.url}/v1.0, authority ${sim.authorityHost}/${sim.tenantId}, control ${sim.url}/_sim/\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`Graph stand-in failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
