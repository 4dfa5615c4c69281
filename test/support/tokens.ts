import { SignJWT } from 'jose';

/** HS256 secret the test servers are started with. */
export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-bytes-long!!';

export interface TokenOptions {
  admin?: boolean;
  roles?: string[];
  expiresIn?: string | number;
  secret?: string;
  notBefore?: string | number;
}

/** Signs a bearer token for user `sub` the way an identity provider would. */
export async function tokenFor(sub: string, options: TokenOptions = {}): Promise<string> {
  const roles = options.roles ?? (options.admin ? ['admin'] : []);
  const jwt = new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt();
  jwt.setExpirationTime(options.expiresIn ?? '1h');
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}
