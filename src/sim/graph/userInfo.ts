import type { SimContext } from '../simContext';
import type { SimRequest, SimResponse } from '../http/exchange';
import { GraphFailure, graphError } from './graphError';
import { authenticate } from './principal';

/** The OIDC userinfo endpoint named in the openid-configuration (served by Graph at /oidc/userinfo). */
export function userInfoRoute(ctx: SimContext, req: SimRequest): SimResponse {
  try {
    const principal = authenticate(ctx, req);
    if (principal.kind !== 'delegated') throw new GraphFailure(401, 'InvalidAuthenticationToken', 'Access token validation failure. The token is not a user token.');
    const u = principal.user;
    return {
      status: 200,
      headers: { 'request-id': req.requestId },
      body: { sub: u.id, name: u.displayName, family_name: u.surname, given_name: u.givenName, picture: `${ctx.url}/v1.0/me/photo/$value`, email: u.mail },
    };
  } catch (e) {
    if (e instanceof GraphFailure) return graphError(ctx.clock.now(), req, e.status, e.code, e.message);
    throw e;
  }
}
