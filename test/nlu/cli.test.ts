import { spawn } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Output {
  id: unknown;
  intent: string;
  confidence: number;
  entities: Record<string, unknown>;
  spans: Array<{ type: string; start: number; end: number }>;
}

/** Runs the real CLI as `npm run nlu` does, feeding stdin and collecting stdout lines. */
function runCli(args: string[], input: string): Promise<{ lines: Output[]; ms: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(TSX, [path.join(ROOT, 'src/nlu/cli.ts'), ...args], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = out.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as Output);
      resolve({ lines, ms: Date.now() - t0, code });
    });
    child.stdin.end(input);
  });
}

describe('nlu CLI', () => {
  it('answers each JSON line in order with the contract fields', async () => {
    const input = [
      { id: 'a', text: "what's on my calendar today?" },
      { id: 'b', text: 'move my 3pm to 4' },
      { id: 'c', text: 'tell me a joke' },
      { id: 'd', text: 'today', now: '2026-11-20T03:30:00Z', timeZone: 'Asia/Tokyo' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const { lines, code } = await runCli(['--jsonl', '--now', '2026-11-19T14:00:00Z', '--tz', 'America/New_York'], input + '\n');
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(lines[0]).toMatchObject({
      intent: 'calendar.query',
      entities: { start: '2026-11-19T00:00:00-05:00', end: '2026-11-20T00:00:00-05:00' },
      spans: [{ type: 'when', start: 22, end: 27 }],
    });
    expect(lines[1].intent).toBe('calendar.update');
    expect(lines[2].intent).toBe('none');
    // A line's own now and zone win over the command line's.
    expect(lines[3].entities.start).toBe('2026-11-20T00:00:00+09:00');
    for (const l of lines) expect(typeof l.confidence).toBe('number');
  });

  it('defaults to UTC and keeps going past a bad line', async () => {
    const { lines } = await runCli(['--jsonl', '--now', '2026-11-19T14:00:00Z'], 'not json\n{"id":1,"text":"today"}\n');
    expect(lines[0]).toMatchObject({ id: null });
    expect(lines[1].entities.start).toBe('2026-11-19T00:00:00+00:00');
  });

  it('streams 10,000 lines in seconds', async () => {
    const texts = ['what is on my calendar today', 'move my 3pm to 4', 'email megan about the budget', 'tell me a joke', '30 minutes with Megan tomorrow afternoon'];
    const input = Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: i, text: texts[i % texts.length] })).join('\n') + '\n';
    const { lines, ms } = await runCli(['--jsonl', '--now', '2026-11-19T14:00:00Z', '--tz', 'Europe/Berlin'], input);
    expect(lines).toHaveLength(10_000);
    expect(lines[9_999].id).toBe(9_999);
    expect(ms).toBeLessThan(20_000);
  });
});
