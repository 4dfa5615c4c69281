import { SignJWT } from 'jose';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { expectProblem } from './support/fixtures';

const MAX = 5;

describe('rate limiting per client', () => {
  let app: TestApp;
  const list = (token?: string) => app.api.get('/api/v1/products', { token });

  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_MAX: String(MAX), RATE_LIMIT_WINDOW_MS: '60000' });
  });
  afterAll(() => app?.close());

  // The tests share one window: the first exhausts the budget of this machine's address.
  it('answers the request over the limit with a 429 problem and Retry-After', async () => {
    for (let i = 0; i < MAX; i++) {
      const response = await list();
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-remaining')).toBe(String(MAX - i - 1));
    }
    const limited = await list();
    expect(expectProblem(limited, 429).detail).toMatch(/Too many requests/);
    expect(limited.headers.get('x-content-type-options')).toBe('nosniff');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('gives a verified user a budget of their own, apart from their address', async () => {
    const alice = await tokenFor('rate-alice');
    for (let i = 0; i < MAX; i++) expect((await list(alice)).status).toBe(200);
    expectProblem(await list(alice), 429);
    expect((await list(await tokenFor('rate-bob'))).status).toBe(200);
  });

  it('does not let made-up or forged tokens reset the budget', async () => {
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('rate-carol')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('an-attacker-secret-that-is-long-enough!!'));
    for (const token of ['garbage', 'a.b.c', forged, await tokenFor('rate-dave', { expiresIn: 1 })]) {
      expectProblem(await list(token), 429);
    }
  });

  it('limits writes too', async () => {
    expectProblem(await app.api.post('/api/v1/products', {}), 429);
  });

  it('keeps health, metrics and the docs reachable for a client over its limit', async () => {
    for (const path of ['/health/live', '/health/ready', '/metrics', '/docs/openapi.json']) {
      expect({ path, status: (await app.api.get(path)).status }).toEqual({ path, status: 200 });
    }
  });
});

describe('rate limiting switched off', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_ENABLED: 'false', RATE_LIMIT_MAX: '1' });
  });
  afterAll(() => app?.close());

  it('serves every request when RATE_LIMIT_ENABLED=false', async () => {
    const statuses = await Promise.all(Array.from({ length: 10 }, () => app.api.get('/api/v1/products')));
    expect(statuses.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(statuses[0].headers.get('x-ratelimit-limit')).toBeNull();
  });
});
