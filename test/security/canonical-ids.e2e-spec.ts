import {
  readyProduct,
  settledCounts,
  newIdempotencyKey,
  withIdempotencyKey,
  shopForThisFile,
} from './support/fixtures';

/** Ids are case-insensitive (RFC 9562); the platform stores and publishes them in lower case only. */
describe('canonical ids: an upper-case UUID reaches handlers, idempotency and events in lower case', () => {
  const shop = shopForThisFile();

  const stored = (type: string, condition: string, value: string) =>
    shop.app.query<{ stream_id: string; payload: Record<string, unknown> }>(
      `SELECT stream_id, payload FROM messaging.event_store WHERE type LIKE $1 AND ${condition} ORDER BY position`,
      [`${type}.v%`, value],
    );

  it('records a reservation made on the upper-case path under the canonical product id', async () => {
    const productId = await readyProduct(shop.app, shop.who.admin);
    const upper = productId.toUpperCase();
    const reserved = await shop.app.api.post(
      `/api/v1/inventory/${upper}/reservations`,
      { quantity: 1 },
      { token: shop.who.alice },
    );
    expect(reserved.status).toBe(201);
    expect(reserved.body.productId).toBe(productId);
    const events = await stored('inventory.stock-reserved', `lower(stream_id) = lower($2)`, `inventory.stock:${upper}`);
    expect(events.map((event) => [event.stream_id, event.payload.productId])).toEqual([
      [`inventory.stock:${productId}`, productId],
    ]);
    // The audit trail has it: the product timeline and the stream filter, queried with either case.
    const timeline = await shop.app.api.get(`/api/v1/products/${productId}/timeline`, { token: shop.who.admin });
    expect(timeline.body.items.map((item: { type: string }) => item.type)).toContain('inventory.stock-reserved.v1');
    for (const id of [productId, upper]) {
      const page = await shop.app.api.get(`/api/v1/events?streamId=inventory.stock:${id}`, { token: shop.who.admin });
      expect({ id, types: page.body.items.map((item: { type: string }) => item.type) }).toEqual({
        id,
        types: expect.arrayContaining(['inventory.stock-reserved.v1']),
      });
    }
  });

  it('replays one Idempotency-Key sent to the lower- and the upper-case path instead of reserving twice', async () => {
    const productId = await readyProduct(shop.app, shop.who.admin, 5);
    const key = newIdempotencyKey();
    const reserve = (id: string) =>
      shop.app.api.post(
        `/api/v1/inventory/${id}/reservations`,
        { quantity: 2 },
        { token: shop.who.bob, headers: withIdempotencyKey(key) },
      );
    const first = await reserve(productId);
    const retry = await reserve(productId.toUpperCase());
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(
      await shop.app.query(`SELECT quantity FROM inventory.reservations WHERE product_id = $1`, [productId]),
    ).toEqual([{ quantity: 2 }]);
  });

  it('records a review and a deletion made with the upper-case id under the canonical id', async () => {
    const productId = await readyProduct(shop.app, shop.who.admin);
    const upper = productId.toUpperCase();
    const review = await shop.app.api.post(
      `/api/v1/products/${upper}/reviews`,
      { title: 'Shouting', body: 'Same product, louder id.' },
      { token: shop.who.alice },
    );
    expect(review.status).toBe(201);
    expect(review.body.productId).toBe(productId);
    const added = await stored('reviews.review-added', `lower(payload->>'productId') = lower($2)`, productId);
    expect(added.map((event) => event.payload.productId)).toEqual([productId]);

    expect((await shop.app.api.delete(`/api/v1/products/${upper}`, { token: shop.who.admin })).status).toBe(204);
    const deleted = await stored('catalog.product-deleted', `lower(stream_id) = lower($2)`, `catalog.product:${upper}`);
    expect(deleted.map((event) => [event.stream_id, event.payload.productId])).toEqual([
      [`catalog.product:${productId}`, productId],
    ]);
    await settledCounts(shop.app);
    const timeline = await shop.app.api.get(`/api/v1/products/${upper}/timeline`, { token: shop.who.admin });
    expect(timeline.body.items.map((item: { type: string }) => item.type)).toEqual(
      expect.arrayContaining(['catalog.product-created.v2', 'reviews.review-added.v1', 'catalog.product-deleted.v1']),
    );
  });

  it('stores no id in upper case anywhere in the event store', async () => {
    await settledCounts(shop.app);
    const rows = await shop.app.query<{ text: string }>(
      `SELECT stream_id || ' ' || payload::text AS text FROM messaging.event_store`,
    );
    const uuids = rows.flatMap(
      (row) => row.text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [],
    );
    expect(uuids.length).toBeGreaterThan(0);
    expect(uuids.filter((uuid) => uuid !== uuid.toLowerCase())).toEqual([]);
  });
});
