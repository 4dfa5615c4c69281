import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { ApiResponse } from '../support/http-client';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/tokens';
import { expectProblem } from './support/fixtures';
import { hs256Token, JwksServer, now, rawToken, signingKey, SigningKey, signWith } from './support/jwt-forge';

const ISSUER = 'https://id.shop.test';
const AUDIENCE = 'ecomm-api';
const secret = new TextEncoder().encode(TEST_JWT_SECRET);

/** An authenticated write any user may make: 404 (unknown product) proves the token was accepted. */
const rate = (app: TestApp, token: string | undefined, headers: Record<string, string> = {}) =>
  app.api.put(`/api/v1/products/${randomUUID()}/ratings/me`, { stars: 3 }, { token, headers });

function expectUnauthorized(response: ApiResponse) {
  expectProblem(response, 401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
}

/** A token the HS256 server accepts, from which each case departs in one way (`undefined` drops a claim). */
const valid = (claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}) =>
  new SignJWT({ sub: 'customer-1', roles: ['admin'], iss: ISSUER, aud: AUDIENCE, ...claims })
    .setProtectedHeader({ alg: 'HS256', ...header })
    .setIssuedAt()
    .setExpirationTime('5m');

const otherSecret = new TextEncoder().encode('y'.repeat(40));

describe('authentication with a shared secret (HS256, issuer and audience configured)', () => {
  let app: TestApp;
  let attacker: SigningKey;
  let trap: JwksServer;

  beforeAll(async () => {
    app = await startTestApp({ JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
    attacker = await signingKey('attacker');
    trap = await JwksServer.start();
    trap.serve(attacker);
  });
  afterAll(async () => {
    await app?.close();
    await trap?.close();
  });

  const unsignedClaims = () => ({ sub: 'mallory', roles: ['admin'], iss: ISSUER, aud: AUDIENCE, exp: now() + 300 });

  it('accepts a valid token, also when hand-made (the controls for every case below)', async () => {
    expectProblem(await rate(app, await valid().sign(secret)), 404);
    expectProblem(await rate(app, hs256Token({ typ: 'JWT' }, unsignedClaims(), TEST_JWT_SECRET)), 404);
  });

  it('tolerates a few seconds of clock skew, no more', async () => {
    expectProblem(
      await rate(
        app,
        await valid()
          .setExpirationTime(now() - 2)
          .sign(secret),
      ),
      404,
    );
    expectProblem(
      await rate(
        app,
        await valid()
          .setNotBefore(now() + 2)
          .sign(secret),
      ),
      404,
    );
    expectUnauthorized(
      await rate(
        app,
        await valid()
          .setExpirationTime(now() - 30)
          .sign(secret),
      ),
    );
  });

  it('answers a missing token with 401 and a bare Bearer challenge', async () => {
    const response = await rate(app, undefined);
    expectUnauthorized(response);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  const cases: Array<[string, () => Promise<string> | string]> = [
    ['garbage', () => 'garbage'],
    ['three empty parts', () => '..'],
    ['an over-long token', () => `${'a'.repeat(9000)}.b.c`],
    ['alg none', () => rawToken({ alg: 'none', typ: 'JWT' }, unsignedClaims())],
    ['alg NONE', () => rawToken({ alg: 'NONE', typ: 'JWT' }, unsignedClaims())],
    ['alg none with a signature', () => rawToken({ alg: 'none' }, unsignedClaims(), 'c2lnbmF0dXJl')],
    ['HS256 without its signature', async () => (await valid().sign(secret)).replace(/[^.]+$/, '')],
    [
      'a payload changed after signing',
      async () => {
        const [header, , signature] = (await valid({ roles: [] }).sign(secret)).split('.');
        return `${header}.${rawToken({}, unsignedClaims()).split('.')[1]}.${signature}`;
      },
    ],
    ['a signature by another secret', () => valid().sign(otherSecret)],
    ['HS512 with the right secret (algorithm pinned)', () => valid({}, { alg: 'HS512' }).sign(secret)],
    ['HS384 with the right secret', () => valid({}, { alg: 'HS384' }).sign(secret)],
    ['RS256 signed by an unknown key', () => signWith(attacker, unsignedClaims())],
    [
      'an expired token',
      () =>
        valid()
          .setExpirationTime(now() - 60)
          .sign(secret),
    ],
    [
      'a token not valid yet',
      () =>
        valid()
          .setNotBefore(now() + 60)
          .sign(secret),
    ],
    ['a wrong issuer', () => valid({ iss: 'https://evil.test' }).sign(secret)],
    ['no issuer', () => valid({ iss: undefined }).sign(secret)],
    ['a wrong audience', () => valid({ aud: 'another-api' }).sign(secret)],
    ['no audience', () => valid({ aud: undefined }).sign(secret)],
    ['no sub', () => valid({ sub: undefined }).sign(secret)],
    ['an empty sub', () => valid({ sub: '' }).sign(secret)],
    ['a sub that is not a string', () => valid({ sub: 42 }).sign(secret)],
    ['roles that are not a list of strings', () => valid({ roles: 'admin' }).sign(secret)],
    [
      'an unknown critical header',
      () => hs256Token({ crit: ['x-must'], 'x-must': 1 }, unsignedClaims(), TEST_JWT_SECRET),
    ],
    ['a path-traversal kid', () => valid({}, { kid: '../../../dev/null' }).sign(otherSecret)],
  ];

  it.each(cases)('answers %s with 401 problem+json', async (_, token) => {
    expectUnauthorized(await rate(app, await token()));
  });

  it.each([
    ['Basic credentials', 'Basic YWxpY2U6c2VjcmV0'],
    ['a bare token', 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln'],
    ['two tokens', 'Bearer a.b.c d.e.f'],
  ])('answers an Authorization header with %s with 401', async (_, header) => {
    expectUnauthorized(await rate(app, undefined, { authorization: header }));
  });

  it('never fetches keys named by jku, x5u or an embedded jwk', async () => {
    const headers = [
      { jku: trap.url },
      { x5u: `${trap.url}?x5u` },
      { jwk: attacker.publicJwk },
      { jku: trap.url, jwk: attacker.publicJwk },
    ];
    for (const header of headers) {
      expectUnauthorized(await rate(app, await signWith(attacker, unsignedClaims(), header)));
      expectUnauthorized(await rate(app, await valid({}, header).sign(otherSecret)));
    }
    expect(trap.requests).toEqual([]);
  });
});

describe('authentication against an identity provider (JWKS)', () => {
  let app: TestApp;
  let idp: JwksServer;
  let current: SigningKey;
  let next: SigningKey;
  let attacker: SigningKey;
  let trap: JwksServer;

  beforeAll(async () => {
    [current, next, attacker] = await Promise.all([
      signingKey('2024-a'),
      signingKey('2025-b', 'ES256'),
      signingKey('2024-a'),
    ]);
    idp = await JwksServer.start();
    idp.serve(current);
    trap = await JwksServer.start();
    trap.serve(attacker);
    app = await startTestApp({ JWT_SECRET: '', JWT_JWKS_URL: idp.url });
  });
  afterAll(async () => {
    await app?.close();
    await idp?.close();
    await trap?.close();
  });

  const claims = () => ({ sub: 'customer-1', roles: ['admin'] });

  it('accepts a token signed by the provider', async () => {
    expectProblem(await rate(app, await signWith(current, claims())), 404);
  });

  it.each<[string, () => Promise<string> | string]>([
    [
      'HS256 keyed with the public key PEM (algorithm confusion)',
      () =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: 'HS256', kid: '2024-a' })
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode(current.publicPem)),
    ],
    [
      'HS256 keyed with the public JWK',
      () =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: 'HS256', kid: '2024-a' })
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode(JSON.stringify(current.publicJwk))),
    ],
    [
      'HS256 keyed with the old test secret',
      () => new SignJWT(claims()).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(secret),
    ],
    ['alg none', () => rawToken({ alg: 'none', kid: '2024-a' }, { ...claims(), exp: now() + 300 })],
    ['a key that reuses the provider kid', () => signWith(attacker, claims())],
    ['a key named by jku', () => signWith(attacker, claims(), { kid: 'trap', jku: trap.url })],
    ['a key embedded as jwk', () => signWith(attacker, claims(), { kid: 'trap', jwk: attacker.publicJwk })],
    [
      'an expired provider token',
      () =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: 'RS256', kid: '2024-a' })
          .setExpirationTime(now() - 60)
          .sign(current.privateKey),
    ],
    ['a provider token without sub', () => signWith(current, { roles: ['admin'] })],
  ])('answers %s with 401, never 5xx', async (_, token) => {
    expectUnauthorized(await rate(app, await token()));
    expect(trap.requests).toEqual([]);
  });

  it('follows a key rotation without a restart', async () => {
    expectProblem(await rate(app, await signWith(current, claims())), 404);
    idp.serve(next);
    const fetchesBefore = idp.requests.length;
    // jose refetches a key set for an unknown kid at most every 30 s (so random kids cannot flood the
    // provider); the clock is moved past that cooldown rather than waiting it out.
    const realNow = Date.now.bind(Date);
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 31_000);
    try {
      expectProblem(await rate(app, await signWith(next, claims())), 404);
      expect(idp.requests.length).toBe(fetchesBefore + 1);
      expectUnauthorized(await rate(app, await signWith(current, claims())));
    } finally {
      clock.mockRestore();
    }
  });
});
