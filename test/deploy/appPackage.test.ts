import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppManifest } from '@microsoft/app-manifest';
import { parse as parseEnv } from 'dotenv';
import { appManifestLibrary, localManifestSchema } from './appManifestLibrary';
import { readPng } from './pngImage';

const { AppManifestUtils } = appManifestLibrary;

const ROOT = join(__dirname, '..', '..');
const PACKAGE_DIR = join(ROOT, 'deploy', 'appPackage');
const manifestText = readFileSync(join(PACKAGE_DIR, 'manifest.json'), 'utf8');
const devEnv = parseEnv(readFileSync(join(ROOT, 'env', '.env.dev'), 'utf8'));

const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

/** Stand-ins for what `provision` writes; one distinct GUID per id so a mix-up shows. */
const SAMPLE_VALUES: Record<string, string> = {
  TEAMS_APP_ID: '3f2c1a9e-7b4d-4c8e-9a61-0d5e2b7c4f18',
  BOT_ID: 'a81d6c2e-4f3b-49a7-8c05-6e9b1d2f7a34',
  AAD_APP_CLIENT_ID: 'c5e9a0b7-2d41-4f68-b3c9-1a7e8d6f0b52',
  BOT_DOMAIN: 'calmaildev-app.azurewebsites.net',
};

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** What the Toolkit does before zipping: each ${{NAME}} from the environment file, else a provisioned value. */
function substitute(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = devEnv[name] || values[name];
    if (value === undefined) throw new Error(`no value for \${{${name}}} in env/.env.dev or the samples`);
    // The value lands inside a JSON string.
    return JSON.stringify(value).slice(1, -1);
  });
}

/** Names the dev environment gets: set in env/.env.dev, written by m365agents.yml actions, or bicep outputs. */
function namesProvisioningDefines(): Set<string> {
  const names = new Set(Object.keys(devEnv));
  const yml = readFileSync(join(ROOT, 'm365agents.yml'), 'utf8').split('\n');
  let inWrite = false;
  for (const line of yml) {
    if (/^\s+writeToEnvironmentFile:\s*$/.test(line)) {
      inWrite = true;
      continue;
    }
    const entry = /^\s{6,}\w+:\s*([A-Z][A-Z0-9_]*)\s*$/.exec(line);
    if (inWrite && entry) names.add(entry[1]);
    else inWrite = false;
  }
  const bicep = readFileSync(join(ROOT, 'deploy', 'infra', 'azure.bicep'), 'utf8');
  for (const m of bicep.matchAll(/^output\s+([A-Z][A-Z0-9_]*)\s/gm)) names.add(m[1]);
  return names;
}

interface BotEntry {
  botId: string;
  scopes: string[];
  commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;
}

describe('Teams app package (deploy/appPackage)', () => {
  const manifest = JSON.parse(substitute(manifestText, SAMPLE_VALUES)) as AppManifest & {
    $schema: string;
    manifestVersion: string;
    bots: BotEntry[];
    icons: { color: string; outline: string };
    webApplicationInfo: { id: string; resource: string };
    validDomains: string[];
    name: { short: string; full: string };
  };

  it('is manifest schema v1.22', () => {
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');
  });

  it('uses only placeholders that provisioning defines', () => {
    const defined = namesProvisioningDefines();
    const used = placeholders(manifestText);
    expect(used).toEqual(expect.arrayContaining(['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID', 'BOT_DOMAIN']));
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });

  it('passes the v1.22 schema once placeholders are filled in', async () => {
    const errors = await AppManifestUtils.validateAgainstSchema(manifest, localManifestSchema(manifest.$schema));
    expect(errors).toEqual([]);
  });

  it('fails the schema while a placeholder is left in an id (the check is live)', async () => {
    const unfilled = JSON.parse(substitute(manifestText.replace('"${{BOT_ID}}"', '"BOT_ID"'), SAMPLE_VALUES)) as AppManifest;
    const errors = await AppManifestUtils.validateAgainstSchema(unfilled, localManifestSchema(manifest.$schema));
    expect(errors.join('\n')).toMatch(/\/bots\/0\/botId/);
  });

  it('is a personal bot with example commands Teams can show', () => {
    expect(manifest.bots).toHaveLength(1);
    const [bot] = manifest.bots;
    expect(bot.botId).toBe(SAMPLE_VALUES.BOT_ID);
    expect(bot.scopes).toEqual(['personal']);
    const commands = bot.commandLists.flatMap((list) => {
      expect(list.scopes).toEqual(['personal']);
      return list.commands;
    });
    expect(commands.map((c) => c.title)).toEqual(expect.arrayContaining(["what's on my calendar today?", 'help']));
    // Teams cuts command titles at 32 characters and descriptions at 128, tighter than the schema.
    for (const c of commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
  });

  it('names the Graph app for SSO and the bot host as a valid domain', () => {
    expect(manifest.webApplicationInfo.id).toBe(SAMPLE_VALUES.AAD_APP_CLIENT_ID);
    expect(manifest.webApplicationInfo.resource).toBe(`api://${SAMPLE_VALUES.BOT_DOMAIN}/${SAMPLE_VALUES.AAD_APP_CLIENT_ID}`);
    expect(manifest.validDomains).toContain(SAMPLE_VALUES.BOT_DOMAIN);
  });

  it('keeps the dev short name within 30 characters', () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.short).toMatch(/-dev$/);
  });

  it('has a 192x192 colour icon and a 32x32 outline icon', () => {
    for (const [file, size] of [
      [manifest.icons.color, 192],
      [manifest.icons.outline, 32],
    ] as const) {
      const path = join(PACKAGE_DIR, file);
      expect(existsSync(path)).toBe(true);
      const png = readPng(readFileSync(path));
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });

  it('draws the outline icon in white only, on a transparent background', () => {
    const png = readPng(readFileSync(join(PACKAGE_DIR, manifest.icons.outline)));
    expect([4, 6]).toContain(png.colorType); // has an alpha channel
    let transparent = 0;
    let drawn = 0;
    let notWhite = 0;
    for (let p = 0; p < png.width * png.height; p++) {
      const [r, g, b, a] = png.rgba.subarray(p * 4, p * 4 + 4);
      if (a === 0) transparent++;
      else {
        drawn++;
        if (r !== 255 || g !== 255 || b !== 255) notWhite++;
      }
    }
    expect(notWhite).toBe(0);
    // All four corners clear, and a real glyph: neither empty nor a filled square.
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
    ]) {
      expect(png.rgba[(y * png.width + x) * 4 + 3]).toBe(0);
    }
    expect(transparent).toBeGreaterThan(png.width * png.height * 0.3);
    expect(drawn).toBeGreaterThan(png.width * png.height * 0.1);
  });

  it('has an opaque colour icon in the accent colour', () => {
    const png = readPng(readFileSync(join(PACKAGE_DIR, manifest.icons.color)));
    const { accentColor: accent } = JSON.parse(manifestText) as { accentColor: string };
    const corner = Array.from(png.rgba.subarray(0, 4));
    expect(corner).toEqual([...Buffer.from(accent.slice(1), 'hex'), 255]);
    let seeThrough = 0;
    for (let p = 0; p < png.width * png.height; p++) if (png.rgba[p * 4 + 3] !== 255) seeThrough++;
    expect(seeThrough).toBe(0);
  });
});
