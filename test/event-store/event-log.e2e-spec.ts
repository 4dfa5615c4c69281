import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { EventItem, createProduct, readAllEvents } from './event-store-fixtures';

const expectProblem = (response: { status: number; headers: Headers; body: any }, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
};

describe('event store query API', () => {
  let app: TestApp;
  let admin: string;
  let customer: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
    customer = await tokenFor('customer-1');
  });

  afterAll(() => app?.close());

  it('pages through stored events in position order, each once, with its position, module and envelope', async () => {
    const ids = [await createProduct(app, admin), await createProduct(app, admin), await createProduct(app, admin)];
    const all = await readAllEvents(app, admin, { limit: '2' });
    const positions = all.map((item) => BigInt(item.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(all.map((item) => item.eventId)).size).toBe(all.length);
    const [{ count }] = await app.query(`SELECT count(*)::int AS count FROM messaging.event_store`);
    expect(all).toHaveLength(count);
    const created = all.find((item) => item.streamId === `catalog.product:${ids[0]}`)!;
    expect(created).toEqual({
      position: expect.stringMatching(/^[0-9]+$/),
      eventId: expect.any(String),
      type: 'catalog.product-created.v2',
      module: 'catalog',
      streamId: `catalog.product:${ids[0]}`,
      streamVersion: 1,
      occurredAt: expect.any(String),
      correlationId: expect.any(String),
      causationId: null,
      actor: 'admin-1',
      payload: expect.objectContaining({ productId: ids[0], categories: [] }),
      publishedAt: created.publishedAt === null ? null : expect.any(String),
    });
  });

  it('filters by exact type, by type prefix and by stream, and resumes after a position', async () => {
    const id = await createProduct(app, admin);
    await app.api.patch(`/api/v1/products/${id}`, { name: 'Reading lamp' }, { token: admin });
    const stream = `catalog.product:${id}`;

    const byStream = await readAllEvents(app, admin, { streamId: stream });
    expect(byStream.map((item) => item.type)).toEqual(['catalog.product-created.v2', 'catalog.product-updated.v1']);

    const exact = await readAllEvents(app, admin, { type: 'catalog.product-updated.v1' });
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((item) => item.type === 'catalog.product-updated.v1')).toBe(true);

    const prefix = await readAllEvents(app, admin, { type: 'catalog.product-*' });
    expect(prefix.every((item) => item.type.startsWith('catalog.product-'))).toBe(true);
    expect(prefix.map((item) => item.eventId)).toEqual(expect.arrayContaining(byStream.map((item) => item.eventId)));
    const catalog = await readAllEvents(app, admin, { type: 'catalog.*' });
    expect(catalog.every((item) => item.module === 'catalog')).toBe(true);
    expect(catalog.length).toBeGreaterThanOrEqual(prefix.length);

    const after = await readAllEvents(app, admin, { streamId: stream, after: byStream[0].position });
    expect(after.map((item) => item.eventId)).toEqual([byStream[1].eventId]);
  });

  it('links full pages with nextCursor and ends with null once caught up', async () => {
    await createProduct(app, admin);
    const first = await app.api.get('/api/v1/events?limit=1', { token: admin });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await app.api.get(`/api/v1/events?limit=1&cursor=${first.body.nextCursor}`, { token: admin });
    expect(BigInt(second.body.items[0].position)).toBeGreaterThan(BigInt(first.body.items[0].position));
    const last = await app.api.get('/api/v1/events?after=999999999999', { token: admin });
    expect(last.body).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['a type with upper case', 'type=Catalog.*', 'type'],
    ['a type with a * inside', 'type=catalog.*.v1', 'type'],
    ['a type with SQL wildcards', 'type=catalog.%25', 'type'],
    ['a non-numeric position', 'after=12a', 'after'],
    ['a negative position', 'after=-1', 'after'],
    ['a zero limit', 'limit=0', 'limit'],
    ['a limit over 500', 'limit=501', 'limit'],
    ['a malformed cursor', 'cursor=%25%25', 'cursor'],
    [
      'both a cursor and a position',
      `cursor=${Buffer.from('{"position":"1"}').toString('base64url')}&after=1`,
      'cursor',
    ],
    ['an unknown parameter', 'since=1', 'since'],
  ])('answers 400 for %s', async (_, query, field) => {
    const response = await app.api.get(`/api/v1/events?${query}`, { token: admin });
    expectProblem(response, 400);
    expect(JSON.stringify(response.body.errors)).toContain(field);
  });

  it('is for admins only', async () => {
    expectProblem(await app.api.get('/api/v1/events'), 401);
    expectProblem(await app.api.get('/api/v1/events', { token: customer }), 403);
    const id = await createProduct(app, admin);
    expectProblem(await app.api.get(`/api/v1/products/${id}/timeline`), 401);
    expectProblem(await app.api.get(`/api/v1/products/${id}/timeline`, { token: customer }), 403);
  });

  it("tells a product's story across modules in position order", async () => {
    const id = await createProduct(app, admin, { initialStock: 3 });
    await eventually(
      () => app.api.get(`/api/v1/products/${id}/reviews`),
      (response) => response.status === 200,
      { what: 'reviews to learn about the product' },
    );
    const alice = await tokenFor('customer-alice');
    expect(
      (
        await app.api.post(
          `/api/v1/products/${id}/reviews`,
          { title: 'Nice', body: 'Bright enough.' },
          { token: alice },
        )
      ).status,
    ).toBe(201);
    await eventually(
      () => app.api.put(`/api/v1/products/${id}/ratings/me`, { stars: 4 }, { token: alice }),
      (response) => response.status === 200,
      { what: 'rating to learn about the product' },
    );
    await eventually(
      () => app.api.post(`/api/v1/inventory/${id}/reservations`, { quantity: 3 }, { token: alice }),
      (response) => response.status === 201,
      { what: 'inventory to learn about the product' },
    );
    const timeline = await eventually(
      () => app.api.get(`/api/v1/products/${id}/timeline`, { token: admin }),
      ({ body }) =>
        ['catalog', 'reviews', 'rating', 'inventory'].every((module) =>
          body.items?.some((item: EventItem) => item.module === module),
        ) && body.items.some((item: EventItem) => item.type === 'rating.product-rating-recalculated.v1'),
      { what: 'every module to record its events about the product' },
    );
    const items: EventItem[] = timeline.body.items;
    expect(items[0]).toMatchObject({ type: 'catalog.product-created.v2', streamVersion: 1, actor: 'admin-1' });
    expect(items.map((item) => item.type)).toEqual(
      expect.arrayContaining(['reviews.review-added.v1', 'rating.product-rated.v1', 'inventory.stock-reserved.v1']),
    );
    expect(items.every((item) => item.payload.productId === id || item.streamId.endsWith(id))).toBe(true);
    const positions = items.map((item) => BigInt(item.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const item of items) {
      expect(item).toEqual(
        expect.objectContaining({ occurredAt: expect.any(String), correlationId: expect.any(String) }),
      );
      expect(item.causationId === null || typeof item.causationId === 'string').toBe(true);
    }

    const paged = await app.api.get(`/api/v1/products/${id}/timeline?limit=2`, { token: admin });
    expect(paged.body.items).toEqual(items.slice(0, 2));
    const rest = await app.api.get(`/api/v1/products/${id}/timeline?cursor=${paged.body.nextCursor}`, { token: admin });
    expect(rest.body.items.map((item: EventItem) => item.eventId)).toEqual(items.slice(2).map((item) => item.eventId));
  });

  it('answers 404 for a product no event mentions, and 400 for a malformed id', async () => {
    const unknown = await app.api.get(`/api/v1/products/${randomUUID()}/timeline`, { token: admin });
    expectProblem(unknown, 404);
    expectProblem(await app.api.get('/api/v1/products/not-a-uuid/timeline', { token: admin }), 400);
  });
});
