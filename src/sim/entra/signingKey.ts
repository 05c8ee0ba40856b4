import { createHash, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface JwtParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

export interface PublicJwk {
  kty: string;
  use: string;
  kid: string;
  x5t: string;
  n: string;
  e: string;
  issuer: string;
}

function b64json(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * The tenant's token-signing key: RSA 2048, RS256, made fresh at every start (tokens do
 * not survive a restart, as after a key rollover). Built on node:crypto because jose is
 * ESM-only and the test runner loads CommonJS.
 */
export class SigningKey {
  readonly kid: string;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    const der = this.publicKey.export({ type: 'spki', format: 'der' });
    this.kid = createHash('sha1').update(der).digest('base64url');
  }

  jwk(issuer: string): PublicJwk {
    const jwk = this.publicKey.export({ format: 'jwk' });
    return { kty: 'RSA', use: 'sig', kid: this.kid, x5t: this.kid, n: String(jwk.n), e: String(jwk.e), issuer };
  }

  sign(payload: Record<string, unknown>): string {
    const input = `${b64json({ typ: 'JWT', alg: 'RS256', x5t: this.kid, kid: this.kid })}.${b64json(payload)}`;
    const signature = sign('sha256', Buffer.from(input), this.privateKey).toString('base64url');
    return `${input}.${signature}`;
  }

  /** The decoded token when the signature is ours; undefined otherwise. Claims are not checked here. */
  verify(token: string): JwtParts | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    try {
      const ok = verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), this.publicKey, Buffer.from(parts[2], 'base64url'));
      if (!ok) return undefined;
      return {
        header: JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Record<string, unknown>,
        payload: JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>,
      };
    } catch {
      return undefined;
    }
  }
}
