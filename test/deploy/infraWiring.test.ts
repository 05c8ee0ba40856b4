import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseEnv } from 'dotenv';
import { loadConfig } from '../../src/config';
import { envPairs, parseDockerfile } from './dockerfile';

/**
 * No Azure subscription is reachable from the tests, so these check the deployment files
 * against each other and against the assistant's own configuration loader: every value
 * the parameters file needs is provisioned, and the web app's settings, as the template
 * writes them, make a configuration loadConfig accepts for real Microsoft Graph.
 */

const ROOT = join(__dirname, '..', '..');
const read = (...path: string[]): string => readFileSync(join(ROOT, ...path), 'utf8');
const bicep = read('deploy', 'infra', 'azure.bicep');
const parametersText = read('deploy', 'infra', 'azure.parameters.json');
const parameters = (JSON.parse(parametersText) as { parameters: Record<string, { value: string }> }).parameters;
const yml = read('m365agents.yml');
const devEnv = parseEnv(read('env', '.env.dev'));
const deployDoc = read('docs', 'DEPLOY.md');

interface BicepParam {
  name: string;
  type: string;
  defaultValue: string | undefined;
  secure: boolean;
}

function bicepParams(): BicepParam[] {
  const lines = bicep.split('\n');
  return lines.flatMap((line, i) => {
    const m = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/.exec(line.trim());
    if (!m) return [];
    const decorators = [];
    for (let j = i - 1; j >= 0 && lines[j].trim().startsWith('@'); j--) decorators.push(lines[j].trim());
    return [{ name: m[1], type: m[2], defaultValue: m[3], secure: decorators.includes('@secure()') }];
  });
}

/** Environment names the Toolkit fills before arm/deploy reads the parameters file. */
function provisionedNames(): Set<string> {
  const names = new Set(Object.keys(devEnv));
  for (const m of yml.matchAll(/^\s{6,}\w+:\s*([A-Z][A-Z0-9_]*)\s*$/gm)) names.add(m[1]);
  return names;
}

/** The web app's app settings, each as the bicep expression that gives its value. */
function appSettings(): Map<string, string> {
  const settings = new Map<string, string>();
  for (const m of bicep.matchAll(/\{\s*name:\s*'([^']+)',\s*value:\s*(.+?)\s*\}\s*$/gm)) settings.set(m[1], m[2]);
  return settings;
}

describe('Azure deployment files (deploy/infra, m365agents.yml)', () => {
  test('the parameters file sets every parameter without a default, and only declared ones', () => {
    const params = bicepParams();
    expect(params.length).toBeGreaterThan(5);
    const declared = new Set(params.map((p) => p.name));
    expect(Object.keys(parameters).filter((name) => !declared.has(name))).toEqual([]);
    const required = params.filter((p) => p.defaultValue === undefined).map((p) => p.name);
    expect(required.filter((name) => !(name in parameters))).toEqual([]);
  });

  test('secrets are secure parameters fed from SECRET_ variables, never committed values', () => {
    for (const p of bicepParams().filter((p) => p.secure)) {
      expect(p.defaultValue).toBeUndefined();
      expect(parameters[p.name].value).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
    }
    expect(Object.keys(devEnv).filter((name) => name.startsWith('SECRET_'))).toEqual([]);
  });

  test('every placeholder in the parameters file is provisioned or is a secret the deploy guide asks for', () => {
    const provisioned = provisionedNames();
    const used = [...new Set([...parametersText.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]))];
    const unknown = used.filter((name) => !provisioned.has(name) && !(name.startsWith('SECRET_') && deployDoc.includes(name)));
    expect(unknown).toEqual([]);
  });

  test('every variable in env/.env.dev is read by a deployment file or written by provisioning', () => {
    const files = [yml, parametersText, read('deploy', 'appPackage', 'manifest.json'), read('deploy', 'aad.manifest.json')].join('\n');
    const used = new Set([...files.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]));
    const written = new Set([...yml.matchAll(/^\s{6,}\w+:\s*([A-Z][A-Z0-9_]*)\s*$/gm)].map((m) => m[1]));
    const outputs = new Set([...bicep.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]));
    const stale = Object.keys(devEnv).filter((name) => !used.has(name) && !written.has(name) && !outputs.has(name));
    expect(stale).toEqual([]);
  });

  test('the bicep outputs the deploy step and the manifest use', () => {
    const outputs = new Set([...bicep.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]));
    const deploySteps = yml.slice(yml.indexOf('\ndeploy:'), yml.indexOf('\npublish:'));
    for (const [, name] of deploySteps.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)) expect(outputs).toContain(name);
    expect(outputs).toContain('BOT_DOMAIN');
  });

  test('the web app settings, with the image ENV, make a configuration for real Microsoft Graph and PostgreSQL', () => {
    const settings = appSettings();
    const params = new Map(bicepParams().map((p) => [p.name, p]));
    const vars = new Map([...bicep.matchAll(/^var\s+(\w+)\s*=\s*'([^']*)'/gm)].map((m) => [m[1], m[2]]));
    const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const samples: Record<string, string> = {
      botAppId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      botTenantId: tenant,
      graphClientId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      graphTenantId: tenant,
    };
    // What Key Vault hands the app for each secret.
    const vaultSamples: Record<string, string> = {
      botPasswordSecret: 'bot-password-from-vault',
      graphSecret: 'graph-secret-from-vault',
      databaseUrlSecret: 'postgres://assistantadmin:pw@calmaildev-pg.postgres.database.azure.com:5432/assistant?sslmode=verify-full',
    };
    const evaluate = (expr: string): string => {
      const vault = /^'@Microsoft\.KeyVault\(SecretUri=\$\{(\w+)\.properties\.secretUri\}\)'$/.exec(expr);
      if (vault) {
        expect(bicep).toMatch(new RegExp(`resource ${vault[1]} 'Microsoft\\.KeyVault/vaults/secrets@`));
        return vaultSamples[vault[1]];
      }
      if (/^'[^'$]*'$/.test(expr)) return expr.slice(1, -1);
      if (vars.has(expr)) return vars.get(expr)!;
      const param = params.get(expr);
      if (!param) throw new Error(`cannot evaluate app setting value ${expr}`);
      if (param.defaultValue !== undefined) return param.defaultValue.replace(/^'|'$/g, '');
      if (samples[expr] === undefined) throw new Error(`no sample for parameter ${expr}`);
      return samples[expr];
    };

    const env: Record<string, string> = {};
    const finalStage = parseDockerfile(read('deploy', 'Dockerfile')).at(-1)!;
    for (const i of finalStage.instructions.filter((i) => i.keyword === 'ENV')) for (const [k, v] of envPairs(i.args)) env[k] = v;
    for (const [name, expr] of settings) env[name] = evaluate(expr);

    const config = loadConfig(env, '/app');
    expect(config.port).toBe(3978);
    expect(env.WEBSITES_PORT).toBe(String(config.port));
    expect(config.bot).toEqual({ appId: samples.botAppId, appPassword: 'bot-password-from-vault', appType: 'SingleTenant', appTenantId: tenant });
    expect(config.entra.clientId).toBe(samples.graphClientId);
    expect(config.entra.clientSecret).toBe('graph-secret-from-vault');
    expect(config.entra.authorityHost).toBe('https://login.microsoftonline.com');
    expect(config.entra.extraCaPem).toBeUndefined();
    expect(config.graph.baseUrl).toBe('https://graph.microsoft.com');
    expect(config.localStack.graphStandIn.enabled).toBe(false);
    expect(config.localStack.playground.enabled).toBe(false);
    expect(config.store.databaseUrl).toBe(vaultSamples.databaseUrlSecret);
  });

  test('the bot resource points at the web app\'s /api/messages and enables the Teams channel', () => {
    expect(bicep).toMatch(/endpoint:\s*'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bicep).toMatch(/channelName:\s*'MsTeamsChannel'/);
    expect(bicep).toMatch(/healthCheckPath:\s*'\/healthz'/);
  });
});
