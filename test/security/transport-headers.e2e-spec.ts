import { startTestApp, TestApp } from '../support/test-app';
import { isProblem, probe, Probed } from './support/probe';

const SHOP = 'https://shop.example';
const EVIL = 'https://evil.example';

function expectSecurityHeaders(response: Probed) {
  const header = (name: string) => response.headers.get(name);
  expect(header('x-content-type-options')).toBe('nosniff');
  expect(header('content-security-policy')).toEqual(expect.stringContaining("default-src 'self'"));
  expect(header('content-security-policy')).toEqual(expect.stringContaining("frame-ancestors 'none'"));
  expect(header('content-security-policy')).toEqual(expect.stringContaining("object-src 'none'"));
  expect(header('strict-transport-security')).toMatch(/max-age=\d+/);
  expect(header('x-frame-options')).toBe('SAMEORIGIN');
  expect(header('referrer-policy')).toBe('no-referrer');
  expect(header('cross-origin-opener-policy')).toBe('same-origin');
  expect(header('x-powered-by')).toBeNull();
}

describe('transport security headers', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it.each([
    ['a read', { method: 'GET', path: '/api/v1/products' }],
    ['a 401 problem', { method: 'POST', path: '/api/v1/products', body: {} }],
    ['a 404 problem', { method: 'GET', path: '/api/v1/nowhere' }],
    [
      'a 415 problem',
      { method: 'POST', path: '/api/v1/products', raw: 'a=1', headers: { 'content-type': 'text/plain' } },
    ],
    ['a 413 problem', { method: 'POST', path: '/api/v1/products', raw: JSON.stringify({ a: 'x'.repeat(70_000) }) }],
    ['the docs', { method: 'GET', path: '/docs' }],
    ['the health probe', { method: 'GET', path: '/health/live' }],
  ])('sends them on %s', async (_, request) => {
    expectSecurityHeaders(await probe(app.baseUrl, request));
  });

  it.each([
    ['bad percent-encoding', '/api/v1/products/%E0%A4%A', 400],
    ['an over-long segment', `/api/v1/products/${'a'.repeat(5000)}`, 414],
  ])('answers a path with %s, which the router refuses before any hook, as a problem', async (_, path, status) => {
    const response = await probe(app.baseUrl, { method: 'GET', path });
    expect({ status: response.status, problem: isProblem(response) }).toEqual({ status, problem: true });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps CORS closed by default: no CORS headers for any origin, preflight included', async () => {
    const read = await probe(app.baseUrl, { method: 'GET', path: '/api/v1/products', headers: { origin: SHOP } });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await probe(app.baseUrl, {
      method: 'OPTIONS',
      path: '/api/v1/products',
      headers: { origin: SHOP, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('CORS with CORS_ORIGINS', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: `${SHOP}, https://admin.shop.example` });
  });
  afterAll(() => app?.close());

  const preflight = (origin: string) =>
    probe(app.baseUrl, {
      method: 'OPTIONS',
      path: '/api/v1/products',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });

  it('lets a configured origin send authenticated, idempotent writes', async () => {
    const response = await preflight(SHOP);
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(response.headers.get('access-control-allow-methods')).toEqual(expect.stringContaining('POST'));
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const name of ['authorization', 'content-type', 'idempotency-key', 'if-match'])
      expect(allowed).toContain(name);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('exposes the headers clients need to read', async () => {
    const response = await probe(app.baseUrl, { method: 'GET', path: '/api/v1/products', headers: { origin: SHOP } });
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(response.headers.get('vary')).toEqual(expect.stringMatching(/origin/i));
    const exposed = response.headers.get('access-control-expose-headers')!.toLowerCase();
    for (const name of ['etag', 'location', 'retry-after', 'idempotent-replayed']) expect(exposed).toContain(name);
  });

  it.each([EVIL, 'https://shop.example.evil.example', 'http://shop.example', 'null'])(
    'denies any other origin (%s)',
    async (origin) => {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
      const read = await probe(app.baseUrl, { method: 'GET', path: '/api/v1/products', headers: { origin } });
      expect(read.headers.get('access-control-allow-origin')).toBeNull();
    },
  );
});
