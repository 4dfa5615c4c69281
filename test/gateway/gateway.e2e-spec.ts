import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { productStreamId } from '../../src/modules/catalog/contracts';
import { createGateway, RunningGateway } from '../../src/gateway/create-gateway';
import { RegistryTiming } from '../../src/gateway/routing/upstream-registry';
import { loadAppConfig } from '../../src/load-app-config';
import { HttpClient } from '../support/http-client';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

const FAST: RegistryTiming = { refreshIntervalMs: 60_000, retryMaxMs: 200, missCooldownMs: 0, fetchTimeoutMs: 2_000 };

/** Stands in for the modules this suite does not start: no routes, always ready. */
async function startEmptyUpstream(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (request.url === '/docs/openapi.json') {
      response.end(JSON.stringify({ openapi: '3.0.0', info: { title: 'empty', version: '0' }, paths: {} }));
    } else if (request.url === '/health/ready') {
      response.end(JSON.stringify({ status: 'ok' }));
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function startGateway(upstreams: Record<string, string>): Promise<{ gateway: RunningGateway; api: HttpClient }> {
  const config = loadAppConfig({ APP_MODULES: 'gateway', LOG_LEVEL: 'silent', PORT: '0', ...upstreams });
  const gateway = await createGateway(config, FAST);
  await gateway.app.listen(0, '127.0.0.1');
  const { port } = gateway.app.getHttpServer().address() as AddressInfo;
  return { gateway, api: new HttpClient(`http://127.0.0.1:${port}`) };
}

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: 'about:blank', status });
}

describe('gateway in front of separately deployed modules', () => {
  let catalog: TestApp;
  let reviews: TestApp | undefined;
  let empty: { url: string; server: Server };
  let gateway: RunningGateway;
  let api: HttpClient;

  beforeAll(async () => {
    [catalog, reviews, empty] = await Promise.all([
      startTestApp({ APP_MODULES: 'catalog' }),
      startTestApp({ APP_MODULES: 'reviews' }),
      startEmptyUpstream(),
    ]);
    ({ gateway, api } = await startGateway({
      CATALOG_URL: catalog.baseUrl,
      REVIEWS_URL: reviews.baseUrl,
      RATING_URL: empty.url,
      INVENTORY_URL: empty.url,
      SEARCH_URL: empty.url,
    }));
  });

  afterAll(async () => {
    await gateway?.close();
    await Promise.all([catalog?.close(), reviews?.close()]);
    empty?.server.close();
  });

  it('forwards catalog routes to the catalog service with the caller token and correlation id', async () => {
    const admin = await tokenFor('admin-1', { admin: true });
    const created = await api.post(
      '/api/v1/products',
      {
        sku: 'GW-1',
        name: 'Gateway lamp',
        description: 'Routed',
        price: { amount: 1250, currency: 'EUR' },
        initialStock: 3,
      },
      { token: admin, headers: { 'x-correlation-id': 'gateway-test-1' } },
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('x-correlation-id')).toBe('gateway-test-1');
    expect(created.headers.get('location')).toBe(`/api/v1/products/${created.body.id}`);

    const stored = await catalog.query(`SELECT correlation_id FROM messaging.event_store WHERE stream_id = $1`, [
      productStreamId(created.body.id),
    ]);
    expect(stored).toEqual([{ correlation_id: 'gateway-test-1' }]);

    const read = await api.get(`/api/v1/products/${created.body.id}?unused=1`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: created.body.id, sku: 'GW-1', name: 'Gateway lamp' });
  });

  it('generates a correlation id when the caller sends none and forwards that one', async () => {
    const created = await api.post(
      '/api/v1/products',
      {
        sku: 'GW-2',
        name: 'Gateway chair',
        description: 'Routed',
        price: { amount: 8000, currency: 'EUR' },
        initialStock: 1,
      },
      { token: await tokenFor('admin-1', { admin: true }) },
    );
    expect(created.status).toBe(201);
    const correlationId = created.headers.get('x-correlation-id');
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await catalog.query(`SELECT correlation_id FROM messaging.event_store WHERE stream_id = $1`, [
      productStreamId(created.body.id),
    ]);
    expect(stored).toEqual([{ correlation_id: correlationId }]);
  });

  it('forwards a nested product route to the reviews service, not to catalog', async () => {
    const customer = await tokenFor('customer-1');
    // The reviews service has its own database and never heard of this product: only it answers with this code.
    const review = await api.post(
      `/api/v1/products/${randomUUID()}/reviews`,
      { title: 'Nice', body: 'Works well' },
      { token: customer },
    );
    expectProblem(review, 404);
    expect(review.body.code).toBe('review.product-not-found');

    const unauthenticated = await api.post(`/api/v1/products/${randomUUID()}/reviews`, {
      title: 'Nice',
      body: 'Works well',
    });
    expectProblem(unauthenticated, 401);

    const page = await api.get(`/api/v1/reviews/${randomUUID()}`);
    expectProblem(page, 404);
    expect(page.body.code).toBe('review.not-found');
  });

  it('answers 404 problem+json for a path no service declares', async () => {
    const response = await api.get('/api/v1/no-such-thing/42');
    expectProblem(response, 404);
    expect(response.body.instance).toBe('/api/v1/no-such-thing/42');

    expectProblem(await api.get('/not-the-api'), 404);
  });

  it('serves one OpenAPI document with the paths of every service, and Swagger UI', async () => {
    const document = await api.get('/docs/openapi.json');
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/products',
        '/api/v1/products/{id}',
        '/api/v1/products/{id}/reviews',
        '/api/v1/reviews/{id}',
      ]),
    );
    expect(Object.keys(document.body.paths).every((path) => path.startsWith('/api/v1/'))).toBe(true);
    expect(document.body.components.schemas).toHaveProperty('ProductResponse');
    expect(document.body.components.schemas).toHaveProperty('ReviewResponse');

    const ui = await api.get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('is live on its own and ready when every service is', async () => {
    expect((await api.get('/health/live')).status).toBe(200);
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
    expect(Object.keys(ready.body.details).sort()).toEqual(['catalog', 'inventory', 'rating', 'reviews', 'search']);
    expect(ready.body.details.reviews).toMatchObject({ status: 'up', url: `${reviews!.baseUrl}/health/ready` });
  });

  it('answers 503 problem+json for routes of a service that went down, and reports it not ready', async () => {
    await reviews!.close();
    reviews = undefined;

    const review = await api.get(`/api/v1/reviews/${randomUUID()}`);
    expectProblem(review, 503);
    expect(review.body.detail).toMatch(/reviews/);
    expect(review.headers.get('retry-after')).toBe('1');

    expect((await api.get('/api/v1/products')).status).toBe(200);

    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('error');
    expect(ready.body.error.reviews.status).toBe('down');
    expect(ready.body.info.catalog.status).toBe('up');
  });
});

describe('gateway before a service has ever answered', () => {
  it('answers 503 problem+json, not 404, for paths it cannot place yet', async () => {
    const empty = await startEmptyUpstream();
    const closed = await startEmptyUpstream();
    await new Promise((resolve) => closed.server.close(resolve));
    const { gateway, api } = await startGateway({
      CATALOG_URL: empty.url,
      REVIEWS_URL: empty.url,
      RATING_URL: empty.url,
      INVENTORY_URL: empty.url,
      SEARCH_URL: closed.url,
    });
    try {
      const response = await api.get('/api/v1/search?q=lamp');
      expectProblem(response, 503);
      expect(response.body.detail).toMatch(/search/);
    } finally {
      await gateway.close();
      empty.server.close();
    }
  });
});
