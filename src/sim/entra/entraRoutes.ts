import type { SimContext } from '../simContext';
import { type SimRequest, type SimResponse, formBody, header } from '../http/exchange';
import { TENANT_ID, type AppRegistration, type DirectoryUser } from '../state/directory';
import { entraError } from './entraError';
import { parseScopes } from './graphScopes';
import { appAccessToken, clientInfo, delegatedAccessToken, idToken, idTokenIssuer, type IssuerSettings } from './tokenIssuer';
import { createHash } from 'node:crypto';

const AUTH_CODE_LIFETIME_MS = 10 * 60 * 1000;

function issuerSettings(ctx: SimContext): IssuerSettings {
  return { key: ctx.key, authorityHost: ctx.authorityHost, tokenLifetimeSeconds: ctx.tokenLifetimeSeconds };
}

/** Routes under /{tenant}/...; undefined when the path is not an Entra ID path. */
export function entraRoute(ctx: SimContext, req: SimRequest): Promise<SimResponse> | SimResponse | undefined {
  const m = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|oauth2\/v2\.0\/token|oauth2\/v2\.0\/authorize|oauth2\/v2\.0\/logout)$/.exec(req.path);
  if (!m) return undefined;
  const tenant = m[1];
  if (!isOurTenant(tenant)) {
    return entraError(ctx.clock.now(), 400, 'invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
  }
  switch (m[2]) {
    case 'v2.0/.well-known/openid-configuration':
      return { status: 200, body: openIdConfiguration(ctx) };
    case 'discovery/v2.0/keys':
      return { status: 200, body: { keys: [ctx.key.jwk(idTokenIssuer(ctx.authorityHost))] } };
    case 'oauth2/v2.0/token':
      return req.method === 'POST' ? token(ctx, req) : entraError(ctx.clock.now(), 400, 'invalid_request', 900561, 'The endpoint only accepts POST requests. Received a GET request.');
    case 'oauth2/v2.0/authorize':
      return authorize(ctx, req);
    default:
      return logout(req);
  }
}

function isOurTenant(tenant: string): boolean {
  return ['common', 'organizations', TENANT_ID].includes(tenant.toLowerCase());
}

/** Shaped as login.microsoftonline.com publishes it for a single tenant. */
export function openIdConfiguration(ctx: SimContext): Record<string, unknown> {
  const base = `${ctx.authorityHost}/${TENANT_ID}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: idTokenIssuer(ctx.authorityHost),
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${ctx.url}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'NA',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

interface ClientCheck {
  app?: AppRegistration;
  error?: SimResponse;
}

function authenticateClient(ctx: SimContext, req: SimRequest, form: URLSearchParams): ClientCheck {
  const now = ctx.clock.now();
  let clientId = form.get('client_id');
  let secret = form.get('client_secret');
  const basic = header(req, 'authorization');
  if (basic?.startsWith('Basic ')) {
    const [id, s] = Buffer.from(basic.slice(6), 'base64').toString('utf8').split(':');
    clientId = decodeURIComponent(id ?? '');
    secret = decodeURIComponent(s ?? '');
  }
  if (!clientId) return { error: entraError(now, 400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.") };
  const app = ctx.state.apps.get(clientId);
  if (!app) {
    return {
      error: entraError(now, 400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${TENANT_ID}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`),
    };
  }
  if (!secret && !form.get('client_assertion')) {
    return { error: entraError(now, 401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.") };
  }
  if (secret !== app.clientSecret) {
    return {
      error: entraError(now, 401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`),
    };
  }
  return { app };
}

function token(ctx: SimContext, req: SimRequest): SimResponse {
  const now = ctx.clock.now();
  const form = formBody(req);
  const grantType = form.get('grant_type');
  if (!grantType) return entraError(now, 400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  if (!['client_credentials', 'authorization_code', 'refresh_token'].includes(grantType)) {
    return entraError(now, 400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
  }
  const client = authenticateClient(ctx, req, form);
  if (!client.app) return client.error as SimResponse;
  const app = client.app;
  switch (grantType) {
    case 'client_credentials':
      return clientCredentials(ctx, app, form);
    case 'authorization_code':
      return authorizationCode(ctx, app, form);
    default:
      return refreshToken(ctx, app, form);
  }
}

function clientCredentials(ctx: SimContext, app: AppRegistration, form: URLSearchParams): SimResponse {
  const now = ctx.clock.now();
  const scope = form.get('scope') ?? '';
  if (!scope) return entraError(now, 400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
  const parsed = parseScopes(scope);
  if (!parsed.wantsDefault || parsed.graph.length > 0 || parsed.foreign.length > 0) {
    return entraError(now, 400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
  }
  return {
    status: 200,
    headers: { 'cache-control': 'no-store, no-cache' },
    body: {
      token_type: 'Bearer',
      expires_in: ctx.tokenLifetimeSeconds,
      ext_expires_in: ctx.tokenLifetimeSeconds,
      access_token: appAccessToken(issuerSettings(ctx), app, now),
    },
  };
}

/** Scopes granted for a request: the consented subset, or all consented ones for ".default". */
function grantedScopes(app: AppRegistration, scope: string): { granted: string[]; refused: string[]; oidc: string[] } {
  const parsed = parseScopes(scope);
  const allowed = new Map(app.delegatedScopes.map((s) => [s.toLowerCase(), s]));
  const granted = new Set<string>(parsed.wantsDefault ? app.delegatedScopes : []);
  const refused: string[] = [...parsed.foreign];
  for (const s of parsed.graph) {
    const known = allowed.get(s.toLowerCase());
    if (known) granted.add(known);
    else refused.push(s);
  }
  if (granted.size === 0 && refused.length === 0) granted.add('User.Read');
  return { granted: [...granted], refused, oidc: parsed.oidc };
}

function delegatedResponse(ctx: SimContext, app: AppRegistration, user: DirectoryUser, scopes: string[], oidc: string[], nonce: string | null): SimResponse {
  const now = ctx.clock.now();
  const refresh = ctx.state.secret();
  ctx.state.refreshTokens.set(refresh, {
    clientId: app.clientId,
    userId: user.id,
    scopes,
    expiresAt: now.getTime() + ctx.refreshTokenLifetimeSeconds * 1000,
    revoked: false,
  });
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: [...scopes.map((s) => `https://graph.microsoft.com/${s}`), ...oidc.filter((s) => s !== 'offline_access')].join(' '),
    expires_in: ctx.tokenLifetimeSeconds,
    ext_expires_in: ctx.tokenLifetimeSeconds,
    access_token: delegatedAccessToken(issuerSettings(ctx), app, user, scopes, now),
    refresh_token: refresh,
    id_token: idToken(issuerSettings(ctx), app, user, nonce, now),
    client_info: clientInfo(user),
  };
  return { status: 200, headers: { 'cache-control': 'no-store, no-cache' }, body };
}

function authorizationCode(ctx: SimContext, app: AppRegistration, form: URLSearchParams): SimResponse {
  const now = ctx.clock.now();
  const code = form.get('code');
  if (!code) return entraError(now, 400, 'invalid_request', 900144, "The request body must contain the following parameter: 'code'.");
  const grant = ctx.state.authorizationCodes.get(code);
  if (!grant || grant.clientId !== app.clientId) {
    return entraError(now, 400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
  }
  if (grant.redeemed) return entraError(now, 400, 'invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.');
  if (grant.expiresAt < now.getTime()) {
    return entraError(now, 400, 'invalid_grant', 70008, 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.');
  }
  if (form.get('redirect_uri') !== grant.redirectUri) {
    return entraError(now, 400, 'invalid_grant', 50148, 'The redirect_uri specified in the token request does not match the redirect_uri used when acquiring the authorization code.');
  }
  if (grant.codeChallenge) {
    const verifier = form.get('code_verifier');
    if (!verifier) return entraError(now, 400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
    const computed = grant.codeChallengeMethod === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
    if (computed !== grant.codeChallenge) {
      return entraError(now, 400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
    }
  }
  grant.redeemed = true;
  const user = ctx.state.users.get(grant.userId);
  if (!user) return entraError(now, 400, 'invalid_grant', 50034, 'The user account does not exist in this directory.');
  const oidc = parseScopes(form.get('scope') ?? '').oidc;
  return delegatedResponse(ctx, app, user, grant.scopes, oidc.length ? oidc : ['openid', 'profile', 'offline_access'], grant.nonce);
}

function refreshToken(ctx: SimContext, app: AppRegistration, form: URLSearchParams): SimResponse {
  const now = ctx.clock.now();
  const presented = form.get('refresh_token');
  if (!presented) return entraError(now, 400, 'invalid_request', 900144, "The request body must contain the following parameter: 'refresh_token'.");
  const grant = ctx.state.refreshTokens.get(presented);
  if (!grant || grant.clientId !== app.clientId) return entraError(now, 400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
  if (grant.revoked) return entraError(now, 400, 'invalid_grant', 50173, 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.');
  if (grant.expiresAt < now.getTime()) return entraError(now, 400, 'invalid_grant', 700082, 'The refresh token has expired due to inactivity. The token was issued on a date more than 90 days ago.');
  const user = ctx.state.users.get(grant.userId);
  if (!user) return entraError(now, 400, 'invalid_grant', 50034, 'The user account does not exist in this directory.');
  const requested = form.get('scope');
  let scopes = grant.scopes;
  if (requested) {
    const g = grantedScopes(app, requested);
    if (g.refused.length > 0) return consentRequired(ctx, app, g.refused);
    if (g.granted.length > 0) scopes = g.granted;
  }
  // Refresh tokens rotate: the old one stays valid, as Entra ID allows, until it expires.
  return delegatedResponse(ctx, app, user, scopes, parseScopes(requested ?? '').oidc, null);
}

function consentRequired(ctx: SimContext, app: AppRegistration, refused: string[]): SimResponse {
  return entraError(ctx.clock.now(), 400, 'invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${app.clientId}' named '${app.displayName}'. Send an interactive authorization request for this user and resource. Missing: ${refused.join(' ')}.`);
}

function redirectUriMatches(registered: string, given: string): boolean {
  if (registered === given) return true;
  // Entra ID ignores the port of http://localhost and loopback redirect URIs.
  try {
    const r = new URL(registered);
    const g = new URL(given);
    const loopback = ['localhost', '127.0.0.1', '[::1]'];
    return r.protocol === 'http:' && g.protocol === 'http:' && loopback.includes(r.hostname) && r.hostname === g.hostname && r.pathname === g.pathname;
  } catch {
    return false;
  }
}

function htmlPage(status: number, title: string, inner: string): SimResponse {
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${inner}</body></html>`,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function authorize(ctx: SimContext, req: SimRequest): SimResponse {
  const now = ctx.clock.now();
  const q = req.method === 'POST' ? formBody(req) : req.query;
  const clientId = q.get('client_id') ?? '';
  const app = ctx.state.apps.get(clientId);
  if (!app) return htmlPage(400, 'Sign in', `<p>AADSTS700016: Application with identifier '${escapeHtml(clientId)}' was not found in the directory.</p>`);
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!app.redirectUris.some((r) => redirectUriMatches(r, redirectUri))) {
    return htmlPage(400, 'Sign in', `<p>AADSTS50011: The redirect URI '${escapeHtml(redirectUri)}' specified in the request does not match the redirect URIs configured for the application '${escapeHtml(app.clientId)}'.</p>`);
  }
  const state = q.get('state');
  const responseMode = q.get('response_mode') ?? 'query';
  const respond = (params: Record<string, string>): SimResponse => {
    const all = { ...params, ...(state !== null ? { state } : {}) };
    if (responseMode === 'form_post') {
      const inputs = Object.entries(all).map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('');
      return {
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><body onload="document.forms[0].submit()"><form method="POST" action="${escapeHtml(redirectUri)}">${inputs}</form></body></html>`,
      };
    }
    const target = new URL(redirectUri);
    for (const [k, v] of Object.entries(all)) target.searchParams.set(k, v);
    return { status: 302, headers: { location: target.toString() } };
  };
  if ((q.get('response_type') ?? '') !== 'code') {
    return respond({ error: 'unsupported_response_type', error_description: 'AADSTS700054: response_type is not enabled for the application; this tenant issues authorization codes only.' });
  }
  const method = q.get('code_challenge_method');
  const challenge = q.get('code_challenge');
  if (challenge && method && method !== 'S256' && method !== 'plain') {
    return respond({ error: 'invalid_request', error_description: 'AADSTS501491: Invalid size of Code_Challenge parameter.' });
  }
  const scope = grantedScopes(app, q.get('scope') ?? '');
  if (scope.refused.length > 0) {
    return respond({ error: 'consent_required', error_description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${app.clientId}'. Missing: ${scope.refused.join(' ')}` });
  }
  const hint = q.get('login_hint') ?? q.get('domain_hint') ?? '';
  const user = hint ? ctx.state.user(hint) : undefined;
  if (!user) {
    // No hint (or an unknown one): a page listing the seeded people, each a link that signs them in.
    const links = [...ctx.state.users.values()]
      .map((u) => {
        const u2 = new URL(`${ctx.authorityHost}${req.path}`);
        for (const [k, v] of q.entries()) u2.searchParams.set(k, v);
        u2.searchParams.set('login_hint', u.userPrincipalName);
        return `<li><a href="${escapeHtml(u2.toString())}">${escapeHtml(u.displayName)} (${escapeHtml(u.userPrincipalName)})</a></li>`;
      })
      .join('');
    const note = hint ? `<p>AADSTS50034: The user account ${escapeHtml(hint)} does not exist in this directory.</p>` : '';
    return htmlPage(200, 'Pick an account', `${note}<ul>${links}</ul>`);
  }
  const code = ctx.state.secret();
  ctx.state.authorizationCodes.set(code, {
    clientId: app.clientId,
    userId: user.id,
    redirectUri,
    scopes: scope.granted,
    codeChallenge: challenge,
    codeChallengeMethod: challenge ? (method ?? 'plain') : null,
    nonce: q.get('nonce'),
    expiresAt: now.getTime() + AUTH_CODE_LIFETIME_MS,
    redeemed: false,
  });
  const params: Record<string, string> = { code, session_state: ctx.state.secret().slice(0, 36) };
  if (q.get('client_info') === '1') params.client_info = clientInfo(user);
  return respond(params);
}

function logout(req: SimRequest): SimResponse {
  const target = req.query.get('post_logout_redirect_uri');
  if (target) return { status: 302, headers: { location: target } };
  return htmlPage(200, 'Signed out', '<p>You signed out of your account.</p>');
}
