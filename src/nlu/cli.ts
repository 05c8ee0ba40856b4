import * as readline from 'node:readline';
import { recognize } from './recognize';
import { RecognizerContext } from './types';

/**
 * `npm run --silent nlu -- --jsonl [--now ISO] [--tz IANA]`: JSON lines {"id","text"}
 * (optionally "now" and "timeZone") on stdin, one result line per input on stdout,
 * in order, written as each line is read. Without --jsonl, each argument after the
 * options is recognised and printed.
 */
interface Options {
  jsonl: boolean;
  now?: Date;
  tz: string;
  rest: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { jsonl: false, tz: 'UTC', rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--now') o.now = new Date(argv[++i] ?? '');
    else if (a.startsWith('--now=')) o.now = new Date(a.slice(6));
    else if (a === '--tz') o.tz = argv[++i] ?? 'UTC';
    else if (a.startsWith('--tz=')) o.tz = a.slice(5);
    else o.rest.push(a);
  }
  if (o.now && Number.isNaN(o.now.getTime())) throw new Error('--now must be an ISO 8601 instant');
  return o;
}

function output(id: unknown, text: string, ctx: RecognizerContext): string {
  const r = recognize(text, ctx);
  return JSON.stringify({
    id,
    intent: r.intent,
    confidence: r.confidence,
    entities: r.entities,
    spans: r.spans.map((s) => ({ type: s.type, start: s.start, end: s.end })),
    truncated: r.truncated,
    trace: r.trace,
  });
}

function contextFor(o: Options, line: Record<string, unknown>): RecognizerContext {
  const now = typeof line.now === 'string' && !Number.isNaN(new Date(line.now).getTime()) ? new Date(line.now) : (o.now ?? new Date());
  const tz = typeof line.timeZone === 'string' ? line.timeZone : typeof line.tz === 'string' ? line.tz : o.tz;
  return { now, timeZone: tz };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (!o.jsonl) {
    for (const text of o.rest) process.stdout.write(output(null, text, contextFor(o, {})) + '\n');
    return;
  }
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer: string[] = [];
  const flush = (): void => {
    if (buffer.length > 0) {
      process.stdout.write(buffer.join(''));
      buffer = [];
    }
  };
  for await (const raw of rl) {
    if (raw.trim().length === 0) continue;
    let line: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(raw);
      line = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : { text: String(parsed) };
    } catch {
      buffer.push(JSON.stringify({ id: null, error: 'invalid JSON line' }) + '\n');
      continue;
    }
    const text = typeof line.text === 'string' ? line.text : '';
    buffer.push(output(line.id ?? null, text, contextFor(o, line)) + '\n');
    // Batched writes keep 10,000 lines in seconds; a small batch keeps it streaming.
    if (buffer.length >= 64) flush();
  }
  flush();
}

main().catch((err: unknown) => {
  process.stderr.write(`nlu: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
