import 'reflect-metadata';
import { Controller, Get, Post } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { base64url, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AppConfig } from '../config/app-config';
import { ApiProblems } from '../http/problem.schema';
import { createHttpTestApp } from '../http/testing/http-test-app';
import { peekMessageContext } from '../messaging/envelope/message-context';
import { AdminOnly, Authenticated } from './auth.decorators';
import { AuthModule } from './auth.module';
import { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './current-user.decorator';
import { signDevToken } from './dev-token';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const ISSUER = 'https://id.example';
const AUDIENCE = 'ecomm-api';

@Controller('secured')
class SecuredController {
  @Get('public')
  public() {
    return { ok: true };
  }

  @Get('me')
  @Authenticated()
  me(@CurrentUser() user: AuthenticatedUser) {
    return { user, actor: peekMessageContext()?.actor };
  }

  @Post('admin')
  @AdminOnly()
  // As controllers list them: the statuses the auth decorator documents too must not be documented twice.
  @ApiProblems(400, 401, 403)
  admin(@CurrentUser() user: AuthenticatedUser) {
    return { id: user.id };
  }
}

const DAY = 86400;
const now = () => Math.floor(Date.now() / 1000);

function sign(claims: Record<string, unknown>) {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(AUDIENCE);
}

async function createApp(jwt: AppConfig['jwt']): Promise<NestFastifyApplication> {
  const { app } = await createHttpTestApp({ imports: [AuthModule.forRoot(jwt)], controllers: [SecuredController] });
  return app;
}

function request(app: NestFastifyApplication, url: string, token?: string, method: 'GET' | 'POST' = 'GET') {
  return app
    .getHttpAdapter()
    .getInstance()
    .inject({
      method,
      url: `/api/v1/secured/${url}`,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
}

describe('AuthGuard with a shared secret', () => {
  let app: NestFastifyApplication;
  const key = new TextEncoder().encode(SECRET);

  beforeAll(async () => {
    app = await createApp({
      secret: SECRET,
      jwksUrl: undefined,
      issuer: ISSUER,
      audience: AUDIENCE,
      maxTokenAgeSeconds: DAY,
    });
  });
  afterAll(() => app.close());

  it('leaves routes without a decorator public', async () => {
    expect((await request(app, 'public')).statusCode).toBe(200);
  });

  it('accepts a valid token, exposes the user and makes it the actor', async () => {
    const token = await signDevToken({
      sub: 'alice',
      roles: ['customer'],
      secret: SECRET,
      expiresIn: '5m',
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const response = await request(app, 'me', token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: { id: 'alice', roles: ['customer'], isAdmin: false, validUntil: expect.any(String) },
      actor: 'alice',
    });
  });

  it('accepts a token without roles', async () => {
    const token = await sign({}).setSubject('bob').setExpirationTime('5m').sign(key);
    expect((await request(app, 'me', token)).json().user).toMatchObject({ id: 'bob', roles: [], isAdmin: false });
  });

  it('tells until when the token is accepted: its exp plus the clock tolerance', async () => {
    const exp = now() + 60;
    const token = await sign({}).setSubject('carol').setExpirationTime(exp).sign(key);
    expect((await request(app, 'me', token)).json().user.validUntil).toBe(new Date((exp + 5) * 1000).toISOString());
  });

  it('answers a missing token with 401 and a bare Bearer challenge', async () => {
    const response = await request(app, 'me');
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  const unsigned = (claims: object) =>
    `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url.encode(JSON.stringify(claims))}.`;

  const rejected: Array<[string, () => Promise<string> | string]> = [
    ['a malformed token', () => 'not.a.jwt'],
    ['garbage', () => '%%%'],
    [
      'a bad signature',
      () =>
        sign({})
          .setSubject('eve')
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode('x'.repeat(40))),
    ],
    [
      'an expired token',
      () =>
        sign({})
          .setSubject('eve')
          .setExpirationTime(now() - 60)
          .sign(key),
    ],
    [
      'a token not valid yet',
      () =>
        sign({})
          .setSubject('eve')
          .setNotBefore(now() + 60)
          .setExpirationTime('5m')
          .sign(key),
    ],
    ['alg none', () => unsigned({ sub: 'eve', iss: ISSUER, aud: AUDIENCE, exp: now() + 300, roles: ['admin'] })],
    [
      'a wrong issuer',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer('https://other.example')
          .setAudience(AUDIENCE)
          .setSubject('eve')
          .setExpirationTime('5m')
          .sign(key),
    ],
    [
      'a wrong audience',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(ISSUER)
          .setAudience('other')
          .setSubject('eve')
          .setExpirationTime('5m')
          .sign(key),
    ],
    ['a missing sub', () => sign({}).setExpirationTime('5m').sign(key)],
    ['an empty sub', () => sign({}).setSubject('').setExpirationTime('5m').sign(key)],
    ['an over-long sub', () => sign({}).setSubject('x'.repeat(257)).setExpirationTime('5m').sign(key)],
    ['a token without exp', () => sign({}).setSubject('eve').sign(key)],
    [
      'a token valid for longer than the maximum age',
      () =>
        sign({})
          .setSubject('eve')
          .setExpirationTime(now() + 2 * DAY)
          .sign(key),
    ],
    [
      'a refresh token',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256', typ: 'refresh+jwt' })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setSubject('eve')
          .setExpirationTime('5m')
          .sign(key),
    ],
    [
      'roles that are not strings',
      () =>
        sign({ roles: [1] })
          .setSubject('eve')
          .setExpirationTime('5m')
          .sign(key),
    ],
    ['roles that are not a list', () => sign({ roles: 'admin' }).setSubject('eve').setExpirationTime('5m').sign(key)],
    [
      'an HS512 token',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS512' })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setSubject('eve')
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode('y'.repeat(64))),
    ],
  ];

  it.each(rejected)('answers %s with 401 invalid_token', async (_, token) => {
    const response = await request(app, 'me', await token());
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(response.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('tolerates 5 seconds of clock skew', async () => {
    const token = await sign({})
      .setSubject('alice')
      .setExpirationTime(now() - 2)
      .sign(key);
    expect((await request(app, 'me', token)).statusCode).toBe(200);
  });

  it('answers a non-Bearer Authorization header with 401', async () => {
    const response = await app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: '/api/v1/secured/me', headers: { authorization: 'Basic YWxpY2U6c2VjcmV0' } });
    expect(response.statusCode).toBe(401);
  });

  it('lets an admin through an admin route', async () => {
    const token = await sign({ roles: ['admin'] })
      .setSubject('root')
      .setExpirationTime('5m')
      .sign(key);
    const response = await request(app, 'admin', token, 'POST');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: 'root' });
  });

  it('answers a customer on an admin route with 403', async () => {
    const token = await sign({ roles: ['customer'] })
      .setSubject('alice')
      .setExpirationTime('5m')
      .sign(key);
    const response = await request(app, 'admin', token, 'POST');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ status: 403, title: 'Forbidden' });
  });

  it('checks the token before the role', async () => {
    expect((await request(app, 'admin', undefined, 'POST')).statusCode).toBe(401);
  });

  it('documents the bearer scheme and the auth problems', async () => {
    const document = (
      await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs/openapi.json' })
    ).json();
    const operation = document.paths['/api/v1/secured/admin'].post;
    expect(operation.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    expect(operation.responses['403'].content['application/problem+json'].schema.$ref).toBe(
      '#/components/schemas/ProblemDetailsDto',
    );
    expect(operation.responses['401'].description).toBe('The bearer token is missing, invalid or expired');
    expect(operation.responses['403'].description).toBe('The token is valid but does not allow this operation');
    // Public operations say so, rather than leaving readers to infer it from an absence.
    expect(document.paths['/api/v1/secured/public'].get.security).toEqual([]);
  });
});

describe('AuthGuard with a JWKS', () => {
  let app: NestFastifyApplication;
  let jwks: Server;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [publicJwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    app = await createApp({
      secret: undefined,
      jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
      issuer: undefined,
      audience: undefined,
      maxTokenAgeSeconds: DAY,
    });
  });
  afterAll(async () => {
    await app.close();
    jwks.close();
  });

  it('accepts an RS256 token signed by the provider', async () => {
    const token = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('carol')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await request(app, 'admin', token, 'POST')).statusCode).toBe(201);
  });

  it('refuses an HS256 token, whatever it was signed with', async () => {
    const token = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setSubject('mallory')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    const response = await request(app, 'me', token);
    expect(response.statusCode).toBe(401);
  });

  it('refuses a token from an unknown key', async () => {
    const other = await generateKeyPair('ES256');
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'k2' })
      .setSubject('mallory')
      .setExpirationTime('5m')
      .sign(other.privateKey);
    expect((await request(app, 'me', token)).statusCode).toBe(401);
  });
});

describe('AuthGuard with an unreachable JWKS', () => {
  it('answers 503 rather than blaming the token', async () => {
    const app = await createApp({
      secret: undefined,
      jwksUrl: 'http://127.0.0.1:9/jwks.json',
      issuer: undefined,
      audience: undefined,
      maxTokenAgeSeconds: DAY,
    });
    try {
      const pair = await generateKeyPair('ES256');
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject('dave')
        .setExpirationTime('5m')
        .sign(pair.privateKey);
      const response = await request(app, 'me', token);
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBeDefined();
    } finally {
      await app.close();
    }
  });
});
