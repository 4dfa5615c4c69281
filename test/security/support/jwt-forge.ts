import { base64url, CryptoKey, exportJWK, exportSPKI, generateKeyPair, JWK, SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export const now = () => Math.floor(Date.now() / 1000);

/** A JWT with any header and payload and the given signature part (default: none at all). */
export function rawToken(header: object, payload: object, signature = ''): string {
  return `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}.${signature}`;
}

/** Signs any header and payload with HMAC-SHA256, including headers jose refuses to produce. */
export function hs256Token(header: object, payload: object, secret: string): string {
  const unsigned = rawToken({ alg: 'HS256', ...header }, payload).slice(0, -1);
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** An asymmetric key pair with its public JWK, as an identity provider (or an attacker) holds it. */
export interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicJwk: JWK;
  publicPem: string;
}

export async function signingKey(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}

export function signWith(key: SigningKey, claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, ...header })
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key.privateKey);
}

/** A local HTTP server serving a JWKS that can be swapped, and recording every request it gets. */
export class JwksServer {
  readonly requests: string[] = [];
  private keys: JWK[] = [];
  private readonly server = createServer((request, response) => {
    this.requests.push(request.url ?? '');
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: this.keys }));
  });

  static async start(): Promise<JwksServer> {
    const instance = new JwksServer();
    await new Promise<void>((resolve) => instance.server.listen(0, '127.0.0.1', resolve));
    return instance;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks.json`;
  }

  serve(...keys: SigningKey[]): void {
    this.keys = keys.map((key) => key.publicJwk);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
