import SwaggerParser from '@apidevtools/swagger-parser';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

const product = (overrides: Record<string, unknown> = {}) => ({
  sku: `SKU-${Math.random().toString(36).slice(2, 10)}`,
  name: 'Desk lamp',
  description: 'Warm light',
  price: { amount: 2599, currency: 'EUR' },
  initialStock: 4,
  ...overrides,
});

const expectProblem = (response: { status: number; headers: Headers; body: any }, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, title: expect.any(String) });
};

describe('catalog over HTTP', () => {
  let app: TestApp;
  let admin: string;
  let customer: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
    customer = await tokenFor('customer-1');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a product and serves it with rating and availability', async () => {
    const created = await app.api.post('/api/v1/products', product({ sku: 'lamp-1' }), { token: admin });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/products/${created.body.id}`);
    expect(created.body).toMatchObject({
      sku: 'LAMP-1',
      version: 1,
      price: { amount: 2599, currency: 'EUR' },
      rating: { average: 0, count: 0 },
      availability: { inStock: true, available: 4 },
    });
    const fetched = await app.api.get(`/api/v1/products/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created.body);
    const [stored] = await app.query(
      `SELECT type, stream_version, actor, payload FROM messaging.event_store WHERE stream_id = $1`,
      [`catalog.product:${created.body.id}`],
    );
    expect(stored).toMatchObject({ type: 'catalog.product-created.v2', stream_version: 1, actor: 'admin-1' });
    expect(created.body.categories).toEqual([]);
  });

  it('keeps the categories a product is created with and records them in its event', async () => {
    const categories = ['lighting', 'home-office'];
    const created = await app.api.post('/api/v1/products', product({ categories }), { token: admin });
    expect(created.status).toBe(201);
    expect(created.body.categories).toEqual(categories);
    expect((await app.api.get(`/api/v1/products/${created.body.id}`)).body.categories).toEqual(categories);
    const [stored] = await app.query(`SELECT type, payload FROM messaging.event_store WHERE stream_id = $1`, [
      `catalog.product:${created.body.id}`,
    ]);
    expect(stored).toMatchObject({ type: 'catalog.product-created.v2', payload: { categories } });
  });

  it('rejects a duplicate sku with 409 and stores no event for it', async () => {
    // Catalog's own events only: other modules react to the first product on their own time.
    await app.api.post('/api/v1/products', product({ sku: 'DUP-1' }), { token: admin });
    const before = await app.query(`SELECT count(*)::int AS n FROM messaging.event_store WHERE module = 'catalog'`);
    const duplicate = await app.api.post('/api/v1/products', product({ sku: 'dup-1' }), { token: admin });
    expectProblem(duplicate, 409);
    expect(duplicate.body.code).toBe('catalog.duplicate-sku');
    expect(await app.query(`SELECT count(*)::int AS n FROM messaging.event_store WHERE module = 'catalog'`)).toEqual(
      before,
    );
  });

  it('lists every product once across cursor pages in a stable order', async () => {
    for (let i = 0; i < 7; i++) await app.api.post('/api/v1/products', product(), { token: admin });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await app.api.get(`/api/v1/products?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const total = (await app.query(`SELECT count(*)::int AS n FROM catalog.products`))[0].n;
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it('updates with If-Match and refuses a stale version with 412', async () => {
    const created = await app.api.post('/api/v1/products', product(), { token: admin });
    const id = created.body.id;
    const updated = await app.api.patch(
      `/api/v1/products/${id}`,
      { name: 'Reading lamp' },
      {
        token: admin,
        headers: { 'if-match': '"1"' },
      },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Reading lamp', version: 2 });
    expect(updated.headers.get('etag')).toBe('"2"');
    const stale = await app.api.patch(
      `/api/v1/products/${id}`,
      { name: 'Lost update' },
      {
        token: admin,
        headers: { 'if-match': '"1"' },
      },
    );
    expectProblem(stale, 412);
    expect((await app.api.get(`/api/v1/products/${id}`)).body.name).toBe('Reading lamp');
  });

  it('deletes a product: 204, then 404, and a product-deleted event', async () => {
    const created = await app.api.post('/api/v1/products', product(), { token: admin });
    const id = created.body.id;
    expect((await app.api.delete(`/api/v1/products/${id}`, { token: admin })).status).toBe(204);
    expectProblem(await app.api.get(`/api/v1/products/${id}`), 404);
    expectProblem(await app.api.delete(`/api/v1/products/${id}`, { token: admin }), 404);
    const types = await app.query(
      `SELECT type FROM messaging.event_store WHERE stream_id = $1 ORDER BY stream_version`,
      [`catalog.product:${id}`],
    );
    expect(types.map((row) => row.type)).toEqual(['catalog.product-created.v2', 'catalog.product-deleted.v1']);
  });

  it.each([
    ['a missing field', product({ name: undefined }), 'name'],
    ['an unknown field', { ...product(), id: 'mine' }, 'id'],
    ['a client-set version', { ...product(), version: 9 }, 'version'],
    ['a fractional price', product({ price: { amount: 12.5, currency: 'EUR' } }), 'price.amount'],
    ['a lower-case currency', product({ price: { amount: 100, currency: 'eur' } }), 'price.currency'],
    ['negative stock', product({ initialStock: -1 }), 'initialStock'],
    ['a string for a number', product({ initialStock: '4' }), 'initialStock'],
    ['an upper-case category', product({ categories: ['Lighting'] }), 'categories'],
    ['eleven categories', product({ categories: Array.from({ length: 11 }, (_, i) => `c${i}`) }), 'categories'],
    ['null categories', product({ categories: null }), 'categories'],
    ['a null name', product({ name: null }), 'name'],
  ])('answers 400 with the field for %s', async (_, body, field) => {
    const response = await app.api.post('/api/v1/products', body, { token: admin });
    expectProblem(response, 400);
    expect(JSON.stringify(response.body.errors)).toContain(field);
  });

  it('answers 400 for a null field in a patch instead of failing', async () => {
    const created = await app.api.post('/api/v1/products', product(), { token: admin });
    const response = await app.api.patch(`/api/v1/products/${created.body.id}`, { name: null }, { token: admin });
    expectProblem(response, 400);
    expect(JSON.stringify(response.body.errors)).toContain('name');
  });

  it('answers 400 for a malformed id, cursor and If-Match, and for malformed JSON', async () => {
    expectProblem(await app.api.get('/api/v1/products/not-a-uuid'), 400);
    expectProblem(await app.api.get('/api/v1/products?cursor=%%%'), 400);
    expectProblem(await app.api.get('/api/v1/products?limit=0'), 400);
    expectProblem(await app.api.get('/api/v1/products?limit=1000'), 400);
    const created = await app.api.post('/api/v1/products', product(), { token: admin });
    expectProblem(
      await app.api.patch(
        `/api/v1/products/${created.body.id}`,
        { name: 'x' },
        { token: admin, headers: { 'if-match': 'abc' } },
      ),
      400,
    );
    expectProblem(await app.api.post('/api/v1/products', undefined, { token: admin, raw: '{"sku": ' }), 400);
  });

  it('answers 401 without or with a bad token and 403 for a customer', async () => {
    expectProblem(await app.api.post('/api/v1/products', product()), 401);
    expectProblem(await app.api.post('/api/v1/products', product(), { token: 'not-a-jwt' }), 401);
    expectProblem(
      await app.api.post('/api/v1/products', product(), { token: await tokenFor('x', { secret: 'x'.repeat(40) }) }),
      401,
    );
    expectProblem(await app.api.post('/api/v1/products', product(), { token: customer }), 403);
  });

  it('answers 413 for an oversized body and 415 for a non-JSON body', async () => {
    const huge = product({ description: 'x'.repeat(200_000) });
    expectProblem(await app.api.post('/api/v1/products', huge, { token: admin }), 413);
    const text = await app.api.post('/api/v1/products', undefined, {
      token: admin,
      raw: 'sku=A',
      headers: { 'content-type': 'text/plain' },
    });
    expectProblem(text, 415);
  });

  it('answers 404 problem+json for an unknown route', async () => {
    expectProblem(await app.api.get('/api/v1/nothing-here'), 404);
  });

  it('describes every route in a valid OpenAPI 3 document', async () => {
    const response = await app.api.get('/docs/openapi.json');
    expect(response.status).toBe(200);
    const document = (await SwaggerParser.validate(structuredClone(response.body))) as { openapi?: string };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/products', '/api/v1/products/{id}']),
    );
    expect(Object.keys(response.body.paths['/api/v1/products/{id}'])).toEqual(
      expect.arrayContaining(['get', 'patch', 'delete']),
    );
    expect(response.body.paths['/api/v1/products'].post.responses).toHaveProperty('409');
  });

  it('reports live and ready health', async () => {
    expect((await app.api.get('/health/live')).status).toBe(200);
    const ready = await app.api.get('/health/ready');
    expect(ready.status).toBe(200);
  });
});
