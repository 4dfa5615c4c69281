import { Client } from 'pg';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import {
  callers,
  Callers,
  expectProblem,
  productBody,
  readyProduct,
  newIdempotencyKey,
  withIdempotencyKey,
} from './support/fixtures';

describe('Idempotency-Key on POST and PUT', () => {
  let app: TestApp;
  let who: Callers;

  beforeAll(async () => {
    app = await startTestApp();
    who = await callers();
  });
  afterAll(() => app?.close());

  /** Events of a stream whose type starts with `type` (any schema version). */
  const eventCount = async (type: string, streamId: string) =>
    (
      await app.query(`SELECT count(*)::int AS n FROM messaging.event_store WHERE type LIKE $1 AND stream_id = $2`, [
        `${type}.v%`,
        streamId,
      ])
    )[0].n;

  it('replays a retried product creation: same 201, body, Location and ETag, one product and one event', async () => {
    const key = newIdempotencyKey();
    const body = productBody();
    const first = await app.api.post('/api/v1/products', body, { token: who.admin, headers: withIdempotencyKey(key) });
    const retry = await app.api.post('/api/v1/products', body, { token: who.admin, headers: withIdempotencyKey(key) });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(retry.headers.get('content-type')).toMatch(/^application\/json/);
    const products = await app.query(`SELECT id FROM catalog.products WHERE sku = $1`, [body.sku]);
    expect(products).toEqual([{ id: first.body.id }]);
    expect(await eventCount('catalog.product-created', `catalog.product:${first.body.id}`)).toBe(1);
  });

  it('recognises the same body with its fields in another order', async () => {
    const key = newIdempotencyKey();
    const body = productBody();
    const { sku, name, description, price, initialStock } = body;
    const first = await app.api.post('/api/v1/products', body, { token: who.admin, headers: withIdempotencyKey(key) });
    const reordered = {
      initialStock,
      price: { currency: price.currency, amount: price.amount },
      description,
      name,
      sku,
    };
    const retry = await app.api.post('/api/v1/products', reordered, {
      token: who.admin,
      headers: withIdempotencyKey(key),
    });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('answers a key reused with another body with 422 idempotency.key-reused and creates nothing', async () => {
    const key = newIdempotencyKey();
    await app.api.post('/api/v1/products', productBody(), { token: who.admin, headers: withIdempotencyKey(key) });
    const other = productBody();
    const reused = await app.api.post('/api/v1/products', other, {
      token: who.admin,
      headers: withIdempotencyKey(key),
    });
    expect(expectProblem(reused, 422).code).toBe('idempotency.key-reused');
    expect(await app.query(`SELECT id FROM catalog.products WHERE sku = $1`, [other.sku])).toEqual([]);
  });

  it('never reserves twice for a retried reservation', async () => {
    const productId = await readyProduct(app, who.admin, 5);
    const key = newIdempotencyKey();
    const reserve = () =>
      app.api.post(
        `/api/v1/inventory/${productId}/reservations`,
        { quantity: 2 },
        { token: who.alice, headers: withIdempotencyKey(key) },
      );
    const first = await reserve();
    const retries = [await reserve(), await reserve()];
    expect(first.status).toBe(201);
    for (const retry of retries) {
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
    }
    expect((await app.api.get(`/api/v1/inventory/${productId}`)).body).toMatchObject({ onHand: 5, available: 3 });
    expect(await app.query(`SELECT quantity FROM inventory.reservations WHERE product_id = $1`, [productId])).toEqual([
      { quantity: 2 },
    ]);
    expect(await eventCount('inventory.stock-reserved', `inventory.stock:${productId}`)).toBe(1);
  });

  it('replays a retried review instead of answering 409 "already reviewed"', async () => {
    const productId = await readyProduct(app, who.admin);
    const key = newIdempotencyKey();
    const review = { title: 'Solid', body: 'Survived a fall from the desk.' };
    const add = () =>
      app.api.post(`/api/v1/products/${productId}/reviews`, review, {
        token: who.alice,
        headers: withIdempotencyKey(key),
      });
    const first = await add();
    const retry = await add();
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('location')).toBe(`/api/v1/reviews/${first.body.id}`);
    expect(await app.query(`SELECT id FROM reviews.reviews WHERE product_id = $1`, [productId])).toEqual([
      { id: first.body.id },
    ]);
  });

  it('replays a retried rating without applying it again over a later change', async () => {
    const productId = await readyProduct(app, who.admin);
    const key = newIdempotencyKey();
    const path = `/api/v1/products/${productId}/ratings/me`;
    const first = await app.api.put(path, { stars: 4 }, { token: who.alice, headers: withIdempotencyKey(key) });
    expect(first.status).toBe(200);
    const change = await app.api.put(path, { stars: 2 }, { token: who.alice });
    expect(change.body.stars).toBe(2);
    const late = await app.api.put(path, { stars: 4 }, { token: who.alice, headers: withIdempotencyKey(key) });
    expect(late.status).toBe(200);
    expect(late.headers.get('idempotent-replayed')).toBe('true');
    expect(late.body).toEqual(first.body);
    expect(await app.query(`SELECT stars FROM rating.ratings WHERE product_id = $1`, [productId])).toEqual([
      { stars: 2 },
    ]);
  });

  it('scopes keys per user and per path', async () => {
    const productId = await readyProduct(app, who.admin);
    const otherProductId = await readyProduct(app, who.admin);
    const key = newIdempotencyKey();
    const reserve = (product: string, token: string) =>
      app.api.post(
        `/api/v1/inventory/${product}/reservations`,
        { quantity: 1 },
        { token, headers: withIdempotencyKey(key) },
      );
    const responses = [
      await reserve(productId, who.alice),
      await reserve(productId, who.bob),
      await reserve(otherProductId, who.alice),
    ];
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(responses.map((response) => response.headers.get('idempotent-replayed'))).toEqual([null, null, null]);
    expect(new Set(responses.map((response) => response.body.reservationId)).size).toBe(3);
  });

  const redrive = (query: string, key: string) =>
    app.api.post(`/api/v1/admin/dead-letters/redrive?${query}`, undefined, {
      token: who.admin,
      headers: withIdempotencyKey(key),
    });

  it('scopes keys per query string: the same key on another consumer runs that redrive', async () => {
    const key = newIdempotencyKey();
    const first = await redrive('consumer=search.index-review-text', key);
    const other = await redrive('consumer=search.apply-rating-summary', key);
    const retry = await redrive('consumer=search.index-review-text', key);
    expect([first.status, other.status, retry.status]).toEqual([202, 202, 202]);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });

  it('treats an equivalently encoded query string as the same request', async () => {
    const key = newIdempotencyKey();
    expect((await redrive('consumer=search.index-review-text', key)).status).toBe(202);
    const encoded = await redrive('consumer=search%2Eindex-review-text', key);
    expect(encoded.headers.get('idempotent-replayed')).toBe('true');
  });

  it('remembers only successes: a failed request frees its key for a corrected retry', async () => {
    const productId = await readyProduct(app, who.admin, 1);
    const key = newIdempotencyKey();
    const reserve = (quantity: number) =>
      app.api.post(
        `/api/v1/inventory/${productId}/reservations`,
        { quantity },
        { token: who.alice, headers: withIdempotencyKey(key) },
      );
    expectProblem(await reserve(0), 400);
    expectProblem(await reserve(5), 409);
    const corrected = await reserve(1);
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get('idempotent-replayed')).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['with a space', 'a b'],
    ['with a slash', 'orders/1'],
    ['201 characters long', 'k'.repeat(201)],
    ['non-ASCII', 'clé'],
  ])('refuses a key that is %s with 400 and creates nothing', async (_, key) => {
    const body = productBody();
    const response = await app.api.post('/api/v1/products', body, {
      token: who.admin,
      headers: withIdempotencyKey(key),
    });
    expect(expectProblem(response, 400).errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    expect(await app.query(`SELECT id FROM catalog.products WHERE sku = $1`, [body.sku])).toEqual([]);
  });

  it('answers a duplicate that overtakes the first request with 409 idempotency.in-progress', async () => {
    const productId = await readyProduct(app, who.admin, 5);
    const key = newIdempotencyKey();
    const reserve = () =>
      app.api.post(
        `/api/v1/inventory/${productId}/reservations`,
        { quantity: 1 },
        { token: who.alice, headers: withIdempotencyKey(key) },
      );
    // Holding the stock row keeps the first reservation in flight until this client lets go.
    const blocker = new Client({ connectionString: app.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM inventory.stock WHERE product_id = $1 FOR UPDATE', [productId]);
      const first = reserve();
      await eventually(
        () =>
          app.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`),
        (rows) => rows.length > 0,
        { what: 'the first reservation to wait for the stock row' },
      );
      const overtaking = await reserve();
      expect(expectProblem(overtaking, 409).code).toBe('idempotency.in-progress');
      expect(overtaking.headers.get('retry-after')).toBe('1');
      await blocker.query('COMMIT');
      const completed = await first;
      expect(completed.status).toBe(201);
      const retry = await reserve();
      expect(retry.body).toEqual(completed.body);
    } finally {
      await blocker.end();
    }
    expect(
      await app.query(`SELECT count(*)::int AS n FROM inventory.reservations WHERE product_id = $1`, [productId]),
    ).toEqual([{ n: 1 }]);
  });

  it('documents the header, and the 409 and 422 it can cause, on every POST and PUT', async () => {
    const document = (await app.api.get('/docs/openapi.json')).body;
    const writes = Object.entries<Record<string, any>>(document.paths).flatMap(([path, item]) =>
      ['post', 'put'].filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] })),
    );
    expect(writes.length).toBeGreaterThanOrEqual(5);
    for (const { operation } of writes) {
      expect(operation.parameters).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false })]),
      );
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['409', '422']));
    }
  });
});
