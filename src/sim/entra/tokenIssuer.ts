import { createHash, randomUUID } from 'node:crypto';
import type { AppRegistration, DirectoryUser } from '../state/directory';
import { TENANT_ID } from '../state/directory';
import type { SigningKey } from './signingKey';
import { GRAPH_RESOURCE } from './graphScopes';

export interface IssuerSettings {
  key: SigningKey;
  /** "https://127.0.0.1:5099", where the Entra ID endpoints live. */
  authorityHost: string;
  tokenLifetimeSeconds: number;
}

/** Issuer of Graph access tokens (v1.0 tokens, as Graph's are). */
export function accessTokenIssuer(): string {
  return `https://sts.windows.net/${TENANT_ID}/`;
}

export function idTokenIssuer(authorityHost: string): string {
  return `${authorityHost}/${TENANT_ID}/v2.0`;
}

function seconds(now: Date): number {
  return Math.floor(now.getTime() / 1000);
}

export function appAccessToken(s: IssuerSettings, app: AppRegistration, now: Date): string {
  const iat = seconds(now);
  return s.key.sign({
    aud: GRAPH_RESOURCE,
    iss: accessTokenIssuer(),
    iat,
    nbf: iat,
    exp: iat + s.tokenLifetimeSeconds,
    app_displayname: app.displayName,
    appid: app.clientId,
    appidacr: '1',
    idp: accessTokenIssuer(),
    idtyp: 'app',
    oid: app.servicePrincipalId,
    roles: app.appRoles,
    sub: app.servicePrincipalId,
    tid: TENANT_ID,
    uti: randomUUID(),
    ver: '1.0',
  });
}

export function delegatedAccessToken(s: IssuerSettings, app: AppRegistration, user: DirectoryUser, scopes: string[], now: Date): string {
  const iat = seconds(now);
  return s.key.sign({
    aud: GRAPH_RESOURCE,
    iss: accessTokenIssuer(),
    iat,
    nbf: iat,
    exp: iat + s.tokenLifetimeSeconds,
    acr: '1',
    amr: ['pwd'],
    app_displayname: app.displayName,
    appid: app.clientId,
    appidacr: '1',
    family_name: user.surname,
    given_name: user.givenName,
    idtyp: 'user',
    name: user.displayName,
    oid: user.id,
    scp: scopes.join(' '),
    sub: pairwiseSubject(user.id, app.clientId),
    tid: TENANT_ID,
    unique_name: user.userPrincipalName,
    upn: user.userPrincipalName,
    uti: randomUUID(),
    ver: '1.0',
  });
}

export function idToken(s: IssuerSettings, app: AppRegistration, user: DirectoryUser, nonce: string | null, now: Date): string {
  const iat = seconds(now);
  const claims: Record<string, unknown> = {
    aud: app.clientId,
    iss: idTokenIssuer(s.authorityHost),
    iat,
    nbf: iat,
    exp: iat + 3600,
    name: user.displayName,
    oid: user.id,
    preferred_username: user.userPrincipalName,
    email: user.mail,
    sub: pairwiseSubject(user.id, app.clientId),
    tid: TENANT_ID,
    ver: '2.0',
  };
  if (nonce) claims.nonce = nonce;
  return s.key.sign(claims);
}

/** `client_info`: base64url JSON that MSAL uses to build the account's home id. */
export function clientInfo(user: DirectoryUser): string {
  return Buffer.from(JSON.stringify({ uid: user.id, utid: TENANT_ID })).toString('base64url');
}

/** v2 id tokens carry a subject that is stable per user and app, not the object id. */
function pairwiseSubject(userId: string, clientId: string): string {
  return createHash('sha256').update(`${userId}|${clientId}`).digest('base64url').slice(0, 43);
}
