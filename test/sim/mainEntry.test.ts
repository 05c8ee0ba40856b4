import { spawn } from 'node:child_process';
import { join } from 'node:path';

// `npm run sim` entry: one readable line with the URLs; SIGTERM stops it cleanly (docs/SIM.md).
test('the sim entry point prints its URLs, serves, and exits 0 on SIGTERM', async () => {
  const root = join(__dirname, '..', '..');
  const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'sim', 'main.ts')], {
    cwd: root,
    env: { ...process.env, SIM_PORT: '0', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no banner; got: ${out}`)), 20000);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8');
        if (out.includes('\n')) {
          clearTimeout(timer);
          resolve(out.split('\n')[0]);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${String(code)}`)));
    });
    const m = /Graph (http:\/\/127\.0\.0\.1:(\d+))\/v1\.0, authority https:\/\/127\.0\.0\.1:\2\/00000000-0000-0000-0000-0000000000001, control http:\/\/127\.0\.0\.1:\2\/_sim\//.exec(line);
    expect(m).not.toBeNull();
    const res = await fetch(`${String(m?.[1])}/`);
    expect(res.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
