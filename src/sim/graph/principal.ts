import type { SimContext } from '../simContext';
import type { SimRequest } from '../http/exchange';
import { header } from '../http/exchange';
import type { DirectoryUser } from '../state/directory';
import { TENANT_ID } from '../state/directory';
import { GRAPH_APP_ID, GRAPH_RESOURCE } from '../entra/graphScopes';
import { GraphFailure } from './graphError';

/** Who is calling, and until when the access token they called with is valid (subscriptions are authorized until then). */
export type Principal =
  | { kind: 'delegated'; user: DirectoryUser; scopes: Set<string>; clientId: string; tokenExpiresAt: Date }
  | { kind: 'app'; roles: Set<string>; clientId: string; tokenExpiresAt: Date };

function unauthenticated(message: string): GraphFailure {
  return new GraphFailure(401, 'InvalidAuthenticationToken', message);
}

/** Validates the bearer token as Graph does: signature, tenant, audience and lifetime. */
export function authenticate(ctx: SimContext, req: SimRequest): Principal {
  const auth = header(req, 'authorization');
  if (!auth) throw unauthenticated('Access token is empty.');
  const m = /^Bearer\s+(.+)$/i.exec(auth);
  if (!m) throw unauthenticated('Access token is empty.');
  const token = m[1].trim();
  if (token.split('.').length !== 3) throw unauthenticated('IDX14100: JWT is not well formed, there are no dots (.).');
  const parts = ctx.key.verify(token);
  if (!parts) throw unauthenticated('Access token validation failure. Invalid signature.');
  const claims = parts.payload;
  if (claims.aud !== GRAPH_RESOURCE && claims.aud !== GRAPH_APP_ID) throw unauthenticated('Access token validation failure. Invalid audience.');
  if (claims.tid !== TENANT_ID) throw unauthenticated('Access token validation failure. Invalid issuer.');
  const nowSeconds = Math.floor(ctx.clock.now().getTime() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) throw unauthenticated('Lifetime validation failed, the token is expired.');
  if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + 300) throw unauthenticated('Lifetime validation failed, the token is not yet valid.');
  const clientId = String(claims.appid ?? '');
  const tokenExpiresAt = new Date(claims.exp * 1000);
  if (typeof claims.scp === 'string') {
    const user = ctx.state.users.get(String(claims.oid));
    if (!user) throw unauthenticated('Access token validation failure. The user does not exist in the tenant.');
    return { kind: 'delegated', user, scopes: new Set(claims.scp.split(' ').filter(Boolean)), clientId, tokenExpiresAt };
  }
  const roles = Array.isArray(claims.roles) ? claims.roles.map(String) : [];
  return { kind: 'app', roles: new Set(roles), clientId, tokenExpiresAt };
}

/**
 * True when the principal holds any of the permissions (delegated scopes or application
 * roles). A ReadWrite permission implies the matching Read one.
 */
export function holdsAny(principal: Principal, permissions: string[]): boolean {
  const held = principal.kind === 'delegated' ? principal.scopes : principal.roles;
  return permissions.some((p) => held.has(p));
}
