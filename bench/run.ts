import { cpus, totalmem } from 'node:os';
import { runChatTurnBench } from './chatTurns';
import { runNluBench } from './nlu';

/** `npm run bench`: every benchmark, each against a baseline measured in the same run. */
async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(`Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n`);
  process.stdout.write(`${await runChatTurnBench()}\n\n`);
  process.stdout.write(`${await runNluBench()}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
