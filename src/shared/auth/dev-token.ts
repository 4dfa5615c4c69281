import { SignJWT } from 'jose';

export interface DevTokenOptions {
  sub: string;
  roles: string[];
  secret: string;
  /** A jose time span such as `1h` or `30m`. */
  expiresIn: string;
  /** Set these when the server checks them (`JWT_ISSUER`, `JWT_AUDIENCE`). */
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token the server accepts with the same secret; for development and tests. */
export async function signDevToken(options: DevTokenOptions): Promise<string> {
  const jwt = new SignJWT({ roles: options.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn);
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
