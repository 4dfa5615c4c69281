import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyResult } from 'jose';
import { webcrypto } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/config-error';
import { ProblemException } from '../http/problem.exception';
import { ADMIN_ROLE, AuthenticatedUser } from './authenticated-user';
import { isAcceptableSubject } from './token-subject';
import { VerifiedTokens } from './verified-tokens';

/** A 401 as RFC 6750 wants it: the `WWW-Authenticate` challenge says the token was the problem. */
export function unauthorized(detail: string, invalidToken: boolean): ProblemException {
  const challenge = invalidToken ? 'Bearer error="invalid_token"' : 'Bearer';
  return new ProblemException({ status: 401, detail, headers: { 'WWW-Authenticate': challenge } });
}

const INVALID = 'The bearer token is invalid';

/** Clock skew tolerated between the identity provider and this server, on `exp`, `nbf` and `iat`. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** `typ` values of an access token (RFC 8725 §3.11, RFC 9068), compared without case and `application/`. */
const ACCESS_TOKEN_TYPES = new Set(['jwt', 'at+jwt']);

/** A token without `typ` is accepted; one that declares another kind (a refresh or ID token) is not. */
function isAccessTokenType(typ: unknown): boolean {
  return (
    typ === undefined ||
    (typeof typ === 'string' && ACCESS_TOKEN_TYPES.has(typ.toLowerCase().replace(/^application\//, '')))
  );
}

/**
 * Whether the token was not issued in the future and is valid for at most `maxAgeSeconds`: its
 * `exp` (required, checked by jose) at most that long after its `iat`, or after now without one.
 * So neither `exp: 1e300` nor a token minted long ago with a far `exp` is accepted.
 */
function hasBoundedLifetime(payload: JWTPayload, maxAgeSeconds: number): boolean {
  const now = Math.floor(Date.now() / 1000);
  const { iat, exp } = payload as { iat?: number; exp: number };
  if (iat !== undefined && iat > now + CLOCK_TOLERANCE_SECONDS) return false;
  return exp - (iat ?? now) <= maxAgeSeconds + CLOCK_TOLERANCE_SECONDS;
}

function toUser(payload: JWTPayload): AuthenticatedUser {
  const { sub, roles, exp } = payload;
  if (!isAcceptableSubject(sub)) throw unauthorized(INVALID, true);
  if (roles !== undefined && !(Array.isArray(roles) && roles.every((role) => typeof role === 'string'))) {
    throw unauthorized(INVALID, true);
  }
  const granted = (roles as string[] | undefined) ?? [];
  const validUntil = new Date((exp! + CLOCK_TOLERANCE_SECONDS) * 1000);
  return { id: sub, roles: granted, isAdmin: granted.includes(ADMIN_ROLE), validUntil };
}

/**
 * Verifies bearer tokens with `jose`: HS256 with the shared secret, or RS256/ES256 against the
 * identity provider's JWKS. Algorithms are pinned per key kind so `none` and HS-with-a-public-key
 * confusion are impossible. As RFC 8725 asks, `exp` is required and bounded by the maximum token
 * age, `typ` (when present) must name an access token, and `iss`/`aud` are checked when configured.
 * Bad tokens always become a 401; only an unreachable JWKS is a 503. With the shared secret, a token
 * verified in the last minute is answered from `VerifiedTokens`, never past its own expiry.
 */
export class JwtVerifier {
  private readonly verifyToken: (token: string) => Promise<JWTVerifyResult>;
  private readonly remoteKeys: boolean;
  private readonly maxTokenAgeSeconds: number;
  /** Only with the shared secret, which changes only with a restart; a JWKS key withdrawn must stop working at once. */
  private readonly verified?: VerifiedTokens;

  constructor(settings: AppConfig['jwt']) {
    const common = {
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['sub', 'exp'],
    };
    this.maxTokenAgeSeconds = settings.maxTokenAgeSeconds;
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
      this.verified = new VerifiedTokens();
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
    const known = this.verified?.get(token);
    if (known) return known;
    let verified: JWTVerifyResult;
    try {
      verified = await this.verifyToken(token);
    } catch (error) {
      throw this.failure(error);
    }
    const { payload, protectedHeader } = verified;
    if (!isAccessTokenType(protectedHeader.typ) || !hasBoundedLifetime(payload, this.maxTokenAgeSeconds)) {
      throw unauthorized(INVALID, true);
    }
    const user = toUser(payload);
    this.verified?.remember(token, user);
    return user;
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
