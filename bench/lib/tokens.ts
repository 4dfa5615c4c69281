import { SignJWT } from 'jose';

/** HS256 secret the app and the baselines under benchmark verify tokens with. */
export const BENCH_JWT_SECRET = 'bench-secret-that-is-at-least-32-bytes-long!!';

const key = new TextEncoder().encode(BENCH_JWT_SECRET);

export function tokenFor(sub: string, roles: string[] = []): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(key);
}

/** `count` customers `<prefix>-<n>`, each with a token minted ahead of the load so signing never skews it. */
export async function customers(prefix: string, count: number): Promise<{ id: string; token: string }[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const id = `${prefix}-${index}`;
      return { id, token: await tokenFor(id) };
    }),
  );
}
