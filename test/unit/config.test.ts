import { ConfigError, LOCAL_CLIENT_ID, LOCAL_TENANT_ID, loadConfig } from '../../src/config';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/tmp');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  test('with nothing set, the local stack: stand-in, Playground, PGlite in ./data', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(3978);
    expect(c.graph.baseUrl).toBe('http://127.0.0.1:5099');
    expect(c.entra.authorityHost).toBe('https://127.0.0.1:5099');
    expect(c.entra.clientId).toBe(LOCAL_CLIENT_ID);
    expect(c.entra.tenantId).toBe(LOCAL_TENANT_ID);
    expect(c.entra.extraCaPem).toContain('BEGIN CERTIFICATE');
    expect(c.store).toEqual({ databaseUrl: undefined, dataDir: '/srv/app/data' });
    expect(c.localStack).toEqual({ graphStandIn: { enabled: true, port: 5099 }, playground: { enabled: true, port: 56150 } });
  });

  test('SIM_PORT alone moves everything that talks to the stand-in', () => {
    const c = loadConfig({ SIM_PORT: '6100', PORT: '4000', DATA_DIR: 'd2', PLAYGROUND_PORT: '57000' }, '/srv/app');
    expect(c.graph.baseUrl).toBe('http://127.0.0.1:6100');
    expect(c.entra.authorityHost).toBe('https://127.0.0.1:6100');
    expect(c.localStack.graphStandIn.port).toBe(6100);
    expect(c.port).toBe(4000);
    expect(c.store.dataDir).toBe('/srv/app/d2');
    expect(c.localStack.playground.port).toBe(57000);
  });

  test('real Graph needs a bot identity and an Entra app, and uses the public endpoints', () => {
    expect(configError({ GRAPH_BASE_URL: 'https://graph.microsoft.com' }).variable).toBe('MicrosoftAppId');
    const env = {
      GRAPH_BASE_URL: 'https://graph.microsoft.com',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'p',
    };
    expect(configError(env).variable).toBe('AAD_APP_CLIENT_ID');
    const c = loadConfig({ ...env, AAD_APP_CLIENT_ID: '11111111-2222-3333-4444-555555555555', AAD_APP_CLIENT_SECRET: 's', AAD_APP_TENANT_ID: 'contoso.onmicrosoft.com', DATABASE_URL: 'postgres://u:p@db:5432/a' });
    expect(c.entra.authorityHost).toBe('https://login.microsoftonline.com');
    expect(c.entra.extraCaPem).toBeUndefined();
    expect(c.localStack.graphStandIn.enabled).toBe(false);
    expect(c.localStack.playground.enabled).toBe(false);
    expect(c.store.databaseUrl).toBe('postgres://u:p@db:5432/a');
  });

  test.each([
    [{ PORT: 'abc' }, 'PORT', /TCP port/],
    [{ PORT: '70000' }, 'PORT', /TCP port/],
    [{ SIM_PORT: '0' }, 'SIM_PORT', /TCP port/],
    [{ GRAPH_BASE_URL: 'graph.microsoft.com', MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'x' }, 'GRAPH_BASE_URL', /absolute URL/],
    [{ AAD_APP_OAUTH_AUTHORITY_HOST: 'http://login.example' }, 'AAD_APP_OAUTH_AUTHORITY_HOST', /https/],
    [{ MicrosoftAppType: 'Multi' }, 'MicrosoftAppType', /MultiTenant/],
    [{ MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId', /SingleTenant/],
    [{ MicrosoftAppId: 'not-a-guid' }, 'MicrosoftAppId', /GUID/],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', /PostgreSQL URL/],
    [{ PLAYGROUND: 'maybe' }, 'PLAYGROUND', /"on" or "off"/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /one of/],
    [{ AAD_APP_OAUTH_CA_FILE: '/nonexistent.pem' }, 'AAD_APP_OAUTH_CA_FILE', /exists/],
  ])('%j stops start-up naming %s', (env, variable, message) => {
    const error = configError(env as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(variable)).toBe(true);
    expect(error.message).toMatch(message);
  });

  test('a database URL with a password is never echoed back', () => {
    expect(configError({ DATABASE_URL: 'mysql://user:secret@h/db' }).message).not.toContain('secret');
  });
});
