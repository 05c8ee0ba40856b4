import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppManifest } from '@microsoft/app-manifest';
import { appManifestLibrary, localManifestSchema } from './appManifestLibrary';
import { readPng } from './pngImage';
import { readZip } from './zipArchive';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'deploy', 'buildAppPackage.js');

const IDS = {
  TEAMS_APP_ID: '6a1f3c2e-9b8d-4e7f-a0c1-2d3e4f5a6b7c',
  BOT_ID: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
  AAD_APP_CLIENT_ID: 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a',
  BOT_DOMAIN: 'assistant.contoso.example',
};

function run(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('deploy/buildAppPackage.js', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'app-package-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('zips the filled-in manifest and both icons at the root of a valid package', async () => {
    const out = join(dir, 'appPackage.dev.zip');
    const result = run(['dev', '--out', out], IDS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(out);

    const entries = readZip(readFileSync(out));
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const byName = new Map(entries.map((e) => [e.name, e.data]));

    const text = byName.get('manifest.json')!.toString('utf8');
    expect(text).not.toMatch(/\$\{\{/);
    const manifest = JSON.parse(text) as AppManifest & { $schema: string; id: string; bots: Array<{ botId: string }>; name: { short: string } };
    expect(manifest.id).toBe(IDS.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(IDS.BOT_ID);
    // From env/.env.dev, which the script reads for the "dev" environment.
    expect(manifest.name.short).toBe('Calendar & Mail Assistant-dev');
    expect(await appManifestLibrary.AppManifestUtils.validateAgainstSchema(manifest, localManifestSchema(manifest.$schema))).toEqual([]);

    // The icons travel byte for byte.
    for (const icon of ['color.png', 'outline.png']) {
      expect(byName.get(icon)!.equals(readFileSync(join(ROOT, 'deploy', 'appPackage', icon)))).toBe(true);
    }
    expect(readPng(byName.get('color.png')!).width).toBe(192);
  });

  test('refuses to build while a placeholder has no value, naming it', () => {
    const out = join(dir, 'incomplete.zip');
    const { BOT_ID: _omitted, ...withoutBot } = IDS;
    // An environment with no files under env/: only the process variables count.
    const result = run(['no-such-environment', '--out', out], withoutBot);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no value for .*\bBOT_ID\b/);
    expect(result.stderr).not.toMatch(/\bTEAMS_APP_ID\b/);
  });
});
