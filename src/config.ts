import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every setting, read once from the environment at start-up and validated. A bad or
 * missing value stops start-up with one line naming the variable and what it expects.
 * Nothing else in the assistant reads process.env.
 */

/** The local stand-in's tenant and the app its demo seed registers (see .env.example). */
export const LOCAL_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const LOCAL_CLIENT_ID = '5f0d7a4e-2c3b-4a18-9e61-7d2b8c9a0f31';
export const LOCAL_CLIENT_SECRET = 'local-dev-client-secret';
export const LOCAL_CA_FILE = resolve(__dirname, 'sim/tls/localhost.crt');

export type MicrosoftAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface Config {
  port: number;
  logLevel: string;
  bot: {
    appId: string;
    appPassword: string;
    appType: MicrosoftAppType;
    appTenantId: string;
  };
  entra: {
    clientId: string;
    clientSecret: string;
    tenantId: string;
    authorityHost: string;
    /** PEM of one more certificate to trust for the authority (the local stand-in's). */
    extraCaPem: string | undefined;
  };
  graph: {
    baseUrl: string;
    timeoutMs: number;
  };
  store: {
    databaseUrl: string | undefined;
    dataDir: string;
  };
  /** Processes `npm start` runs beside the bot on one machine. */
  localStack: {
    graphStandIn: { enabled: boolean; port: number };
    playground: { enabled: boolean; port: number };
  };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    got: string | undefined,
  ) {
    super(`${variable} ${expected}${got === undefined ? ' (it is not set)' : `, got "${got}"`}.`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function port(env: Env, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 65535) {
    throw new ConfigError(name, 'must be a TCP port number from 1 to 65535', raw);
  }
  return n;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ConfigError(name, 'must be a positive whole number', raw);
  return Number(raw);
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const v = raw.toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(v)) return true;
  if (['off', 'false', '0', 'no'].includes(v)) return false;
  throw new ConfigError(name, 'must be "on" or "off"', raw);
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = text(env, name) ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an absolute URL (${protocols.join(' or ')})`, raw);
  }
  if (!protocols.includes(parsed.protocol.replace(':', ''))) {
    throw new ConfigError(name, `must be an absolute URL (${protocols.join(' or ')})`, raw);
  }
  return raw.replace(/\/+$/, '');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;

function guidOrName(env: Env, name: string, fallback: string | undefined, what: string): string {
  const raw = text(env, name) ?? fallback;
  if (raw === undefined) throw new ConfigError(name, `must be ${what}`, undefined);
  if (!GUID.test(raw) && !/^[a-z0-9.-]+$/i.test(raw)) throw new ConfigError(name, `must be ${what}`, raw);
  return raw;
}

export function loadConfig(env: Env, cwd: string = process.cwd()): Config {
  const simPort = port(env, 'SIM_PORT', 5099);
  // With no Graph URL the assistant talks to its own local stand-in: the local stack.
  const graphStandIn = onOff(env, 'GRAPH_STAND_IN', text(env, 'GRAPH_BASE_URL') === undefined);
  const localGraph = `http://127.0.0.1:${simPort}`;
  const localAuthority = `https://127.0.0.1:${simPort}`;
  const graphBaseUrl = url(env, 'GRAPH_BASE_URL', graphStandIn ? localGraph : 'https://graph.microsoft.com', ['http', 'https']);

  const appId = text(env, 'MicrosoftAppId') ?? '';
  if (appId !== '' && !GUID.test(appId)) throw new ConfigError('MicrosoftAppId', 'must be the bot\'s Microsoft App ID (a GUID)', appId);
  const appTypeRaw = text(env, 'MicrosoftAppType') ?? 'MultiTenant';
  if (!['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(appTypeRaw)) {
    throw new ConfigError('MicrosoftAppType', 'must be MultiTenant, SingleTenant or UserAssignedMSI', appTypeRaw);
  }
  const appType = appTypeRaw as MicrosoftAppType;
  const appPassword = text(env, 'MicrosoftAppPassword') ?? '';
  const appTenantId = text(env, 'MicrosoftAppTenantId') ?? '';
  if (appType === 'SingleTenant' && appTenantId === '') {
    throw new ConfigError('MicrosoftAppTenantId', 'must be set when MicrosoftAppType is SingleTenant', undefined);
  }
  if (appId !== '' && appType !== 'UserAssignedMSI' && appPassword === '') {
    throw new ConfigError('MicrosoftAppPassword', 'must be set when MicrosoftAppId is set', undefined);
  }
  if (!graphStandIn && appId === '') {
    // An empty app id makes the adapter accept unauthenticated requests: only ever on the local stack.
    throw new ConfigError('MicrosoftAppId', 'must be set when GRAPH_BASE_URL points at real Microsoft Graph', undefined);
  }

  const clientId = guidOrName(env, 'AAD_APP_CLIENT_ID', graphStandIn ? LOCAL_CLIENT_ID : undefined, 'the Entra ID app\'s client id (a GUID)');
  if (!GUID.test(clientId)) throw new ConfigError('AAD_APP_CLIENT_ID', 'must be the Entra ID app\'s client id (a GUID)', clientId);
  const clientSecret = text(env, 'AAD_APP_CLIENT_SECRET') ?? (graphStandIn ? LOCAL_CLIENT_SECRET : undefined);
  if (clientSecret === undefined) throw new ConfigError('AAD_APP_CLIENT_SECRET', 'must be the Entra ID app\'s client secret', undefined);
  const tenantId = guidOrName(env, 'AAD_APP_TENANT_ID', graphStandIn ? LOCAL_TENANT_ID : undefined, 'the Entra ID tenant id (a GUID) or domain');
  const authorityHost = url(env, 'AAD_APP_OAUTH_AUTHORITY_HOST', graphStandIn ? localAuthority : 'https://login.microsoftonline.com', ['https']);

  const caFile = text(env, 'AAD_APP_OAUTH_CA_FILE') ?? (graphStandIn ? LOCAL_CA_FILE : undefined);
  let extraCaPem: string | undefined;
  if (caFile !== undefined) {
    const path = resolve(cwd, caFile);
    if (!existsSync(path)) throw new ConfigError('AAD_APP_OAUTH_CA_FILE', 'must name a PEM certificate file that exists', caFile);
    extraCaPem = readFileSync(path, 'utf8');
    if (!extraCaPem.includes('BEGIN CERTIFICATE')) throw new ConfigError('AAD_APP_OAUTH_CA_FILE', 'must name a PEM certificate file', caFile);
  }

  const databaseUrl = text(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a PostgreSQL URL (postgres://user:password@host:5432/db)', '[hidden]');
  }

  const logLevel = text(env, 'LOG_LEVEL') ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', 'must be one of fatal, error, warn, info, debug, trace, silent', logLevel);
  }

  return {
    port: port(env, 'PORT', 3978),
    logLevel,
    bot: { appId, appPassword, appType, appTenantId },
    entra: { clientId, clientSecret, tenantId, authorityHost, extraCaPem },
    graph: {
      baseUrl: graphBaseUrl,
      timeoutMs: positiveInt(env, 'GRAPH_TIMEOUT_MS', 15000),
    },
    store: {
      databaseUrl,
      dataDir: resolve(cwd, text(env, 'DATA_DIR') ?? 'data'),
    },
    localStack: {
      graphStandIn: { enabled: graphStandIn, port: simPort },
      playground: {
        enabled: onOff(env, 'PLAYGROUND', appId === ''),
        port: port(env, 'PLAYGROUND_PORT', 56150),
      },
    },
  };
}
