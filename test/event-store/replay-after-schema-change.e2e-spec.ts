import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { createProduct, readAllEvents } from './event-store-fixtures';

/**
 * A product created by a version of the application that knew only `catalog.product-created.v1`:
 * its row in `catalog.products` and its v1 event, waiting in the outbox.
 */
async function createdByOldVersion(app: TestApp, name: string): Promise<{ productId: string; eventId: string }> {
  const productId = randomUUID();
  const eventId = randomUUID();
  const sku = `OLD-${productId.slice(0, 8)}`.toUpperCase();
  const price = { amount: 1500, currency: 'EUR' };
  await app.query(
    `INSERT INTO catalog.products (id, sku, name, description, price_amount, price_currency, initial_stock, version)
     VALUES ($1, $2, $3, 'From before categories', $4, $5, 7, 1)`,
    [productId, sku, name, price.amount, price.currency],
  );
  await app.query(
    `INSERT INTO messaging.event_store
       (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id, actor, payload)
     VALUES ($1, 'catalog.product-created.v1', 'catalog', $2, 1, now(), $3, NULL, 'admin-legacy', $4)`,
    [
      eventId,
      `catalog.product:${productId}`,
      randomUUID(),
      JSON.stringify({ productId, sku, name, description: 'From before categories', price, initialStock: 7 }),
    ],
  );
  return { productId, eventId };
}

const CONSUMERS_OF_PRODUCT_CREATED = [
  'catalog.open-enrichment',
  'inventory.open-stock',
  'inventory.track-product',
  'rating.track-product',
  'reviews.record-product',
  'search.index-product',
];

describe('replay after a schema change (catalog.product-created v1 → v2)', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
  });

  afterAll(() => app?.close());

  const searchIds = async (q: string) =>
    (await app.api.get(`/api/v1/search?q=${encodeURIComponent(q)}`)).body.items?.map(
      (item: { productId: string }) => item.productId,
    ) ?? [];

  it('applies a stored v1 event to every consumer as v2, next to events recorded as v2', async () => {
    const old = await createdByOldVersion(app, 'Vintage Gramophone');
    const current = await createProduct(app, admin, { name: 'Modern Gramophone', categories: ['audio'] });

    await eventually(
      () => app.query(`SELECT consumer FROM messaging.inbox WHERE event_id = $1 ORDER BY consumer`, [old.eventId]),
      (rows) => rows.length === CONSUMERS_OF_PRODUCT_CREATED.length,
      { what: 'every consumer of product-created to apply the v1 event' },
    );
    expect(
      (
        await app.query(`SELECT consumer FROM messaging.inbox WHERE event_id = $1 ORDER BY consumer`, [old.eventId])
      ).map((row) => row.consumer),
    ).toEqual(CONSUMERS_OF_PRODUCT_CREATED);
    expect(await app.query(`SELECT count(*)::int AS n FROM messaging.dead_letter`)).toEqual([{ n: 0 }]);

    const stock = await app.api.get(`/api/v1/inventory/${old.productId}`);
    expect(stock.body).toMatchObject({ onHand: 7, available: 7 });
    await eventually(
      () => searchIds('Gramophone'),
      (ids) => ids.includes(old.productId) && ids.includes(current),
      {
        what: 'search to index both products',
      },
    );
    const product = await app.api.get(`/api/v1/products/${old.productId}`);
    expect(product.body.categories).toEqual([]);

    // The store keeps what each version recorded; only readers see the current shape.
    const stored = await readAllEvents(app, admin, { type: 'catalog.product-created.*' });
    const types = new Map(stored.map((item) => [item.payload.productId, item.type]));
    expect(types.get(old.productId)).toBe('catalog.product-created.v1');
    expect(types.get(current)).toBe('catalog.product-created.v2');
  });

  it("rebuilds search's projection by replaying a store that holds v1 and v2 events", async () => {
    const old = await createdByOldVersion(app, 'Vintage Harmonium');
    const current = await createProduct(app, admin, { name: 'Modern Harmonium' });
    await eventually(
      () => searchIds('Harmonium'),
      (ids) => ids.length === 2,
      { what: 'search to index both' },
    );

    // Forget search's projection and its inbox, then let the relay publish the catalog's history again.
    await app.query(`TRUNCATE search.documents, search.reviews`);
    await app.query(`DELETE FROM messaging.inbox WHERE consumer LIKE 'search.%'`);
    expect(await searchIds('Harmonium')).toEqual([]);
    await app.query(`UPDATE messaging.event_store SET published_at = NULL WHERE module = 'catalog'`);

    const rebuilt = await eventually(
      () => searchIds('Harmonium'),
      (ids) => ids.length === 2,
      {
        what: 'search to rebuild from the replayed events',
      },
    );
    expect(rebuilt.sort()).toEqual([old.productId, current].sort());
    // Every other consumer had applied these events already: its inbox turns the replay into no-ops.
    const [{ n }] = await app.query(
      `SELECT count(*)::int AS n FROM messaging.inbox WHERE event_id = $1 AND consumer NOT LIKE 'search.%'`,
      [old.eventId],
    );
    expect(n).toBe(CONSUMERS_OF_PRODUCT_CREATED.length - 1);
    expect((await app.api.get(`/api/v1/inventory/${old.productId}`)).body).toMatchObject({ onHand: 7 });
  });
});
