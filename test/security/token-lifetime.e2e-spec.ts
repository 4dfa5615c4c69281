import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/tokens';
import { expectProblem } from './support/fixtures';
import { hs256Token, now } from './support/jwt-forge';

const MAX_AGE = 3600;

/** An authenticated write any user may make: 404 (unknown product) proves the token was accepted. */
const rate = (app: TestApp, token: string) =>
  app.api.put(`/api/v1/products/${randomUUID()}/ratings/me`, { stars: 3 }, { token });

const token = (claims: Record<string, unknown>, header: Record<string, unknown> = { typ: 'JWT' }) =>
  hs256Token(header, { sub: 'customer-1', iat: now(), exp: now() + 300, ...claims }, TEST_JWT_SECRET);

describe('token lifetime and type (RFC 8725)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ JWT_MAX_TOKEN_AGE_SECONDS: String(MAX_AGE) });
  });
  afterAll(() => app?.close());

  it.each<[string, string]>([
    ['a plain token', token({})],
    ['typ at+jwt (RFC 9068 access token)', token({}, { typ: 'at+jwt' })],
    ['typ application/at+jwt', token({}, { typ: 'application/at+jwt' })],
    ['no typ', token({}, {})],
    ['no iat', token({ iat: undefined })],
    ['a lifetime of exactly the maximum age', token({ exp: now() + MAX_AGE })],
  ])('accepts %s', async (_, jwt) => {
    expectProblem(await rate(app, jwt), 404);
  });

  it.each<[string, string]>([
    ['no exp', token({ exp: undefined })],
    ['exp 1e300', token({ exp: 1e300 })],
    ['exp beyond the maximum age', token({ exp: now() + MAX_AGE + 60 })],
    ['a lifetime beyond the maximum age since iat', token({ iat: now() - 60, exp: now() + MAX_AGE })],
    ['iat far in the future', token({ iat: now() + 86_400 * 365, exp: now() + 300 })],
    ['iat a minute in the future', token({ iat: now() + 60 })],
    ['typ refresh+jwt', token({}, { typ: 'refresh+jwt' })],
    ['typ id_token+jwt', token({}, { typ: 'id_token+jwt' })],
    ['typ that is not a string', token({}, { typ: 1 })],
    ['exp that is not a number', token({ exp: `${now() + 300}` })],
  ])('answers %s with 401 invalid_token', async (_, jwt) => {
    const response = await rate(app, jwt);
    expectProblem(response, 401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });
});

describe('issuer and audience in production', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('refuses to start with NODE_ENV=production unless JWT_ISSUER and JWT_AUDIENCE are set', async () => {
    process.env.NODE_ENV = 'production';
    await expect(startTestApp({ JWT_AUDIENCE: 'ecomm-api' })).rejects.toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
    await expect(startTestApp({ JWT_ISSUER: 'https://id.shop.test' })).rejects.toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
  });

  it('then refuses tokens without them', async () => {
    process.env.NODE_ENV = 'production';
    const app = await startTestApp({ JWT_ISSUER: 'https://id.shop.test', JWT_AUDIENCE: 'ecomm-api' });
    try {
      const claims = { iss: 'https://id.shop.test', aud: 'ecomm-api' };
      expectProblem(await rate(app, token(claims)), 404);
      expectProblem(await rate(app, token({ ...claims, iss: undefined })), 401);
      expectProblem(await rate(app, token({ ...claims, aud: undefined })), 401);
    } finally {
      await app.close();
    }
  });
});
