import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { webcrypto } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/config-error';
import { ProblemException } from '../http/problem.exception';
import { ADMIN_ROLE, AuthenticatedUser } from './authenticated-user';

/** A 401 as RFC 6750 wants it: the `WWW-Authenticate` challenge says the token was the problem. */
export function unauthorized(detail: string, invalidToken: boolean): ProblemException {
  const challenge = invalidToken ? 'Bearer error="invalid_token"' : 'Bearer';
  return new ProblemException({ status: 401, detail, headers: { 'WWW-Authenticate': challenge } });
}

const INVALID = 'The bearer token is invalid';

function toUser(payload: JWTPayload): AuthenticatedUser {
  const { sub, roles } = payload;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) throw unauthorized(INVALID, true);
  if (roles !== undefined && !(Array.isArray(roles) && roles.every((role) => typeof role === 'string'))) {
    throw unauthorized(INVALID, true);
  }
  const granted = (roles as string[] | undefined) ?? [];
  return { id: sub, roles: granted, isAdmin: granted.includes(ADMIN_ROLE) };
}

/**
 * Verifies bearer tokens with `jose`: HS256 with the shared secret, or RS256/ES256 against the
 * identity provider's JWKS. Algorithms are pinned per key kind so `none` and HS-with-a-public-key
 * confusion are impossible. Bad tokens always become a 401; only an unreachable JWKS is a 503.
 */
export class JwtVerifier {
  private readonly verifyToken: (token: string) => Promise<{ payload: JWTPayload }>;
  private readonly remoteKeys: boolean;

  constructor(settings: AppConfig['jwt']) {
    const common = { clockTolerance: 5, issuer: settings.issuer, audience: settings.audience, requiredClaims: ['sub'] };
    if (settings.secret) {
      // Imported once: given the raw bytes, jose would import the key again for every token (a
      // WebCrypto job each time, a tenth of a write request's CPU in the benchmark).
      const secret = webcrypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(settings.secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['verify'],
      );
      this.verifyToken = async (token) => jwtVerify(token, await secret, { ...common, algorithms: ['HS256'] });
      this.remoteKeys = false;
    } else if (settings.jwksUrl) {
      const keySet = createRemoteJWKSet(new URL(settings.jwksUrl));
      this.verifyToken = (token) => jwtVerify(token, keySet, { ...common, algorithms: ['RS256', 'ES256'] });
      this.remoteKeys = true;
    } else {
      throw new ConfigError('JWT_SECRET or JWT_JWKS_URL must be set');
    }
  }

  /** The user a token proves, or a 401 `ProblemException` (503 when the JWKS cannot be fetched). */
  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: JWTPayload;
    try {
      ({ payload } = await this.verifyToken(token));
    } catch (error) {
      throw this.failure(error);
    }
    return toUser(payload);
  }

  private failure(error: unknown): ProblemException {
    if (error instanceof errors.JWTExpired) return unauthorized('The bearer token has expired', true);
    const keysUnavailable =
      error instanceof errors.JWKSTimeout ||
      error instanceof errors.JWKSInvalid ||
      !(error instanceof errors.JOSEError);
    if (this.remoteKeys && keysUnavailable) {
      // The identity provider's keys could not be fetched: not the client's fault, and worth a retry.
      return new ProblemException({
        status: 503,
        detail: 'Tokens cannot be verified right now; retry shortly',
        headers: { 'Retry-After': '5' },
      });
    }
    return unauthorized(INVALID, true);
  }
}
