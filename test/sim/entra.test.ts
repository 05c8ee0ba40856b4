import { createPublicKey, verify } from 'node:crypto';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { TrustingNetworkClient } from '../../src/auth/trustingNetworkClient';
import { appToken, httpsGet, msalApp, pkcePair, signIn, startHarness, DELEGATED_SCOPES, ALEX, type Harness } from './standInHarness';

function claims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

function msalError(e: unknown): { errorCode: string; errorMessage: string } {
  return e as { errorCode: string; errorMessage: string };
}

describe('Entra ID v2 endpoints', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  // "OpenID Connect on the Microsoft identity platform" (fetch the OpenID configuration document)
  test('openid-configuration is served over TLS with the endpoints Microsoft publishes', async () => {
    const r = await httpsGet(`${h.sim.authorityHost}/${h.sim.tenantId}/v2.0/.well-known/openid-configuration`, h.sim.certificatePem);
    expect(r.status).toBe(200);
    const doc = JSON.parse(r.body) as Record<string, unknown>;
    expect(doc.issuer).toBe(`${h.sim.authorityHost}/${h.sim.tenantId}/v2.0`);
    expect(doc.token_endpoint).toBe(`${h.sim.authorityHost}/${h.sim.tenantId}/oauth2/v2.0/token`);
    expect(doc.authorization_endpoint).toBe(`${h.sim.authorityHost}/${h.sim.tenantId}/oauth2/v2.0/authorize`);
    expect(doc.jwks_uri).toBe(`${h.sim.authorityHost}/${h.sim.tenantId}/discovery/v2.0/keys`);
    expect(doc.end_session_endpoint).toBe(`${h.sim.authorityHost}/${h.sim.tenantId}/oauth2/v2.0/logout`);
    expect(doc.id_token_signing_alg_values_supported).toEqual(['RS256']);
  });

  // OpenID Connect on the Microsoft identity platform (authority over https); Graph served on the same port
  test('one port speaks plain HTTP and TLS', async () => {
    const plain = await fetch(`${h.sim.url}/`);
    expect(plain.status).toBe(200);
    const tls = await httpsGet(`${h.sim.authorityHost}/`, h.sim.certificatePem);
    expect(tls.status).toBe(200);
  });

  // "Access tokens in the Microsoft identity platform" (validate the signature with the keys at jwks_uri)
  test('tokens are RS256 and verify against the published JWKS', async () => {
    const token = await appToken(h.sim);
    const keys = JSON.parse((await httpsGet(`${h.sim.authorityHost}/${h.sim.tenantId}/discovery/v2.0/keys`, h.sim.certificatePem)).body) as { keys: { kid: string; n: string; e: string; kty: string }[] };
    const [head, payload, sig] = token.split('.');
    const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg: string; kid: string };
    expect(header.alg).toBe('RS256');
    const jwk = keys.keys.find((k) => k.kid === header.kid);
    expect(jwk).toBeDefined();
    const key = createPublicKey({ key: { kty: 'RSA', n: jwk?.n, e: jwk?.e }, format: 'jwk' });
    expect(verify('sha256', Buffer.from(`${head}.${payload}`), key, Buffer.from(sig, 'base64url'))).toBe(true);
  });

  // "Microsoft identity platform and the OAuth 2.0 client credentials flow"
  test('client_credentials through MSAL yields an app token with roles for Graph', async () => {
    const r = await msalApp(h.sim).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    const c = claims(r?.accessToken ?? '');
    expect(c.aud).toBe('https://graph.microsoft.com');
    expect(c.tid).toBe(h.sim.tenantId);
    expect(c.roles).toEqual(expect.arrayContaining(['Calendars.ReadWrite', 'Mail.Send', 'User.Read.All']));
    expect(c.scp).toBeUndefined();
    expect(Number(c.exp) - Number(c.iat)).toBe(3600);
  });

  // Microsoft identity platform and the OAuth 2.0 client credentials flow (error response); AADSTS error codes
  test('a wrong client secret is invalid_client AADSTS7000215 with status 401', async () => {
    const err = await msalApp(h.sim, 'not-the-secret').acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }).catch((e: unknown) => e);
    expect(msalError(err).errorCode).toBe('invalid_client');
    expect(msalError(err).errorMessage).toContain('AADSTS7000215');
    const raw = await fetch(`${h.sim.url}/${h.sim.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: h.sim.app.clientId, client_secret: 'nope', scope: 'https://graph.microsoft.com/.default' }),
    });
    expect(raw.status).toBe(401);
    const body = (await raw.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
    expect(typeof body.trace_id).toBe('string');
    expect(typeof body.correlation_id).toBe('string');
    expect(String(body.timestamp)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$/);
  });

  // Microsoft identity platform and the OAuth 2.0 client credentials flow (the .default scope)
  test('client_credentials without /.default is invalid_scope AADSTS1002012', async () => {
    const raw = await fetch(`${h.sim.url}/${h.sim.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: h.sim.app.clientId, client_secret: h.sim.app.clientSecret, scope: 'https://graph.microsoft.com/Calendars.Read' }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: 'invalid_scope', error_codes: [1002012] });
  });

  // Microsoft identity platform and OAuth 2.0 authorization code flow (error codes: unsupported_grant_type)
  test('an unknown grant type is unsupported_grant_type', async () => {
    const raw = await fetch(`${h.sim.url}/${h.sim.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: h.sim.app.clientId, client_secret: h.sim.app.clientSecret }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  // "Microsoft identity platform and OAuth 2.0 authorization code flow" (with PKCE)
  test('authorization code with PKCE through MSAL signs in the hinted user', async () => {
    const r = await signIn(h.sim, 'alexw@example.com');
    const access = claims(r.accessToken);
    expect(access.oid).toBe(ALEX);
    expect(String(access.scp).split(' ')).toEqual(expect.arrayContaining(['Calendars.ReadWrite', 'Mail.Send', 'User.Read']));
    const id = r.idTokenClaims as Record<string, unknown>;
    expect(id).toMatchObject({ oid: ALEX, tid: h.sim.tenantId, preferred_username: 'alexw@example.com', name: 'Alex Wilber' });
    expect(r.account?.homeAccountId).toBe(`${ALEX}.${h.sim.tenantId}`);
    expect(r.account?.username).toBe('alexw@example.com');
  });

  // Microsoft identity platform and OAuth 2.0 authorization code flow (successful response, redeem a code)
  test('the authorize redirect carries code and state; the token response carries client_info', async () => {
    const { challenge, verifier } = pkcePair();
    const q = new URLSearchParams({ client_id: h.sim.app.clientId, response_type: 'code', redirect_uri: h.sim.app.redirectUri, scope: 'openid offline_access Calendars.Read', state: 's-42', code_challenge: challenge, code_challenge_method: 'S256', login_hint: 'meganb@example.com' });
    const r = await httpsGet(`${h.sim.authorityHost}/${h.sim.tenantId}/oauth2/v2.0/authorize?${q}`, h.sim.certificatePem);
    expect(r.status).toBe(302);
    const back = new URL(String(r.headers.location));
    expect(back.origin + back.pathname).toBe(h.sim.app.redirectUri);
    expect(back.searchParams.get('state')).toBe('s-42');
    const token = await fetch(`${h.sim.url}/${h.sim.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: h.sim.app.clientId, client_secret: h.sim.app.clientSecret, code: String(back.searchParams.get('code')), redirect_uri: h.sim.app.redirectUri, code_verifier: verifier, scope: 'openid offline_access Calendars.Read' }),
    });
    const body = (await token.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600 });
    expect(JSON.parse(Buffer.from(String(body.client_info), 'base64url').toString('utf8'))).toEqual({ uid: '00000000-0000-0000-0000-0000000000021', utid: h.sim.tenantId });
    expect(typeof body.refresh_token).toBe('string');
    expect(claims(String(body.id_token))).toMatchObject({ oid: '00000000-0000-0000-0000-0000000000021', preferred_username: 'meganb@example.com' });
  });

  // Microsoft identity platform and OAuth 2.0 authorization code flow (PKCE); AADSTS error codes 501481, 54005
  test('a wrong PKCE verifier is invalid_grant AADSTS501481; a reused code is AADSTS54005', async () => {
    const app = msalApp(h.sim);
    const { challenge } = pkcePair();
    const url = await app.getAuthCodeUrl({ scopes: DELEGATED_SCOPES, redirectUri: h.sim.app.redirectUri, codeChallenge: challenge, codeChallengeMethod: 'S256', loginHint: 'alexw@example.com' });
    const code = String(new URL(String((await httpsGet(url, h.sim.certificatePem)).headers.location)).searchParams.get('code'));
    const wrong = await app.acquireTokenByCode({ code, scopes: DELEGATED_SCOPES, redirectUri: h.sim.app.redirectUri, codeVerifier: pkcePair().verifier }).catch((e: unknown) => e);
    expect(msalError(wrong).errorCode).toBe('invalid_grant');
    expect(msalError(wrong).errorMessage).toContain('AADSTS501481');

    const good = pkcePair();
    const url2 = await app.getAuthCodeUrl({ scopes: DELEGATED_SCOPES, redirectUri: h.sim.app.redirectUri, codeChallenge: good.challenge, codeChallengeMethod: 'S256', loginHint: 'alexw@example.com' });
    const code2 = String(new URL(String((await httpsGet(url2, h.sim.certificatePem)).headers.location)).searchParams.get('code'));
    await app.acquireTokenByCode({ code: code2, scopes: DELEGATED_SCOPES, redirectUri: h.sim.app.redirectUri, codeVerifier: good.verifier });
    const again = await app.acquireTokenByCode({ code: code2, scopes: DELEGATED_SCOPES, redirectUri: h.sim.app.redirectUri, codeVerifier: good.verifier }).catch((e: unknown) => e);
    expect(msalError(again).errorMessage).toContain('AADSTS54005');
  });

  // Microsoft identity platform and OAuth 2.0 authorization code flow (login_hint)
  test('authorize without a login hint shows a page to pick a seeded account', async () => {
    const q = new URLSearchParams({ client_id: h.sim.app.clientId, response_type: 'code', redirect_uri: h.sim.app.redirectUri, scope: 'openid User.Read' });
    const r = await httpsGet(`${h.sim.authorityHost}/${h.sim.tenantId}/oauth2/v2.0/authorize?${q}`, h.sim.certificatePem);
    expect(r.status).toBe(200);
    expect(r.body).toContain('Alex Wilber');
    expect(r.body).toContain('login_hint=lynner%40example.com');
  });

  // Redirect URI (reply URL) restrictions (AADSTS50011)
  test('authorize refuses a redirect URI the app did not register', async () => {
    const q = new URLSearchParams({ client_id: h.sim.app.clientId, response_type: 'code', redirect_uri: 'https://evil.example.com/cb', scope: 'openid', login_hint: 'alexw@example.com' });
    const r = await httpsGet(`${h.sim.authorityHost}/${h.sim.tenantId}/oauth2/v2.0/authorize?${q}`, h.sim.certificatePem);
    expect(r.status).toBe(400);
    expect(r.body).toContain('AADSTS50011');
  });

  // "Acquire a token silently" (MSAL redeems its cached refresh token at the token endpoint)
  test('acquireTokenSilent with forceRefresh goes through the refresh_token grant', async () => {
    const app = msalApp(h.sim);
    const first = await signIn(h.sim, 'alexw@example.com', app);
    const account = first.account;
    if (!account) throw new Error('MSAL returned no account');
    const silent = await app.acquireTokenSilent({ account, scopes: ['https://graph.microsoft.com/Calendars.ReadWrite'], forceRefresh: true });
    expect(silent.accessToken).not.toBe(first.accessToken);
    expect(claims(silent.accessToken).oid).toBe(ALEX);
    const accounts = await app.getTokenCache().getAllAccounts();
    expect(accounts.map((a) => a.username)).toEqual(['alexw@example.com']);
  });

  // "Refresh the access token" (authorization code flow) and "Revoke user access"
  test('refresh tokens work until revoked or expired, then invalid_grant', async () => {
    const app = msalApp(h.sim);
    const first = await signIn(h.sim, 'alexw@example.com', app);
    const cache = JSON.parse(app.getTokenCache().serialize()) as { RefreshToken: Record<string, { secret: string }> };
    const refreshToken = Object.values(cache.RefreshToken)[0].secret;
    const fresh = new ConfidentialClientApplication({
      auth: { clientId: h.sim.app.clientId, clientSecret: h.sim.app.clientSecret, authority: `${h.sim.authorityHost}/${h.sim.tenantId}`, knownAuthorities: [`127.0.0.1:${h.sim.port}`] },
      system: { networkClient: new TrustingNetworkClient(h.sim.certificatePem) },
    });
    const refreshed = await fresh.acquireTokenByRefreshToken({ refreshToken, scopes: ['https://graph.microsoft.com/Calendars.ReadWrite'] });
    expect(claims(refreshed?.accessToken ?? '').oid).toBe(ALEX);
    expect(refreshed?.accessToken).not.toBe(first.accessToken);

    await fetch(`${h.sim.url}/_sim/revoke`, { method: 'POST', body: JSON.stringify({ userId: ALEX }) });
    const revoked = await fresh.acquireTokenByRefreshToken({ refreshToken, scopes: ['https://graph.microsoft.com/Calendars.ReadWrite'] }).catch((e: unknown) => e);
    expect(msalError(revoked).errorCode).toBe('invalid_grant');

    // A second sign-in gives a new, unrevoked refresh token, which then expires after 90 days.
    const app2 = msalApp(h.sim);
    await signIn(h.sim, 'alexw@example.com', app2);
    const rt2 = Object.values((JSON.parse(app2.getTokenCache().serialize()) as { RefreshToken: Record<string, { secret: string }> }).RefreshToken)[0].secret;
    expect((await fresh.acquireTokenByRefreshToken({ refreshToken: rt2, scopes: ['https://graph.microsoft.com/Calendars.ReadWrite'] }))?.accessToken).toBeTruthy();
    h.clock.freeze(new Date(h.clock.now().getTime() + 91 * 86400000));
    const expired = await fresh.acquireTokenByRefreshToken({ refreshToken: rt2, scopes: ['https://graph.microsoft.com/Calendars.ReadWrite'] }).catch((e: unknown) => e);
    expect(msalError(expired).errorCode).toBe('invalid_grant');
  });

  // Microsoft Entra authentication and authorization error codes (AADSTS90002 tenant not found)
  test('an unknown tenant is refused', async () => {
    const r = await httpsGet(`${h.sim.authorityHost}/11111111-2222-3333-4444-555555555555/v2.0/.well-known/openid-configuration`, h.sim.certificatePem);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ error: 'invalid_request', error_codes: [90002] });
  });

  // "Microsoft identity platform UserInfo endpoint"
  test('the userinfo endpoint from the openid-configuration answers for a delegated token', async () => {
    const r = await signIn(h.sim, 'lynner@example.com');
    const doc = JSON.parse((await httpsGet(`${h.sim.authorityHost}/${h.sim.tenantId}/v2.0/.well-known/openid-configuration`, h.sim.certificatePem)).body) as { userinfo_endpoint: string };
    const res = await fetch(doc.userinfo_endpoint, { headers: { authorization: `Bearer ${r.accessToken}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ sub: '00000000-0000-0000-0000-0000000000025', name: 'Lynne Robbins', email: 'lynner@example.com' });
    expect((await fetch(doc.userinfo_endpoint)).status).toBe(401);
  });
});
