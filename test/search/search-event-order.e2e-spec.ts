import { randomUUID } from 'node:crypto';
import {
  ProductCreatedIntegrationEvent,
  ProductDeletedIntegrationEvent,
  ProductUpdatedIntegrationEvent,
  productStreamId,
} from '../../src/modules/catalog/contracts';
import {
  OutOfStockIntegrationEvent,
  StockReplenishedIntegrationEvent,
  stockStreamId,
} from '../../src/modules/inventory/contracts';
import { ProductRatingRecalculatedIntegrationEvent, ratingSummaryStreamId } from '../../src/modules/rating/contracts';
import {
  ReviewAddedIntegrationEvent,
  ReviewDeletedIntegrationEvent,
  ReviewUpdatedIntegrationEvent,
  reviewStreamId,
} from '../../src/modules/reviews/contracts';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { startTestApp, TestApp } from '../support/test-app';
import { searchFeeder } from './feed-search';
import { SearchBody, idsOf } from './search-api';

/** Search fed event by event, in the exact (dis)order a broker may deliver them. */
describe('search index under out-of-order and repeated delivery', () => {
  let app: TestApp;
  let feed: ReturnType<typeof searchFeeder>;

  beforeAll(async () => {
    app = await startTestApp();
    feed = searchFeeder(app);
  });

  afterAll(() => app?.close());

  const search = async (params: Record<string, string>): Promise<SearchBody> => {
    const response = await app.api.get(`/api/v1/search?${new URLSearchParams(params)}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  const product = (productId: string, version: number, name: string, description = 'Plain') => ({
    streamId: productStreamId(productId),
    streamVersion: version,
    payload: {
      productId,
      sku: `SKU-${productId.slice(0, 8)}`,
      name,
      description,
      price: { amount: 100, currency: 'EUR' },
    },
  });
  const created = (productId: string, name: string, initialStock = 5) => {
    const event = product(productId, 1, name);
    return { ...event, payload: { ...event.payload, initialStock } };
  };
  const updated = (productId: string, version: number, name: string) => {
    const event = product(productId, version, name);
    return { ...event, payload: { ...event.payload, version } };
  };
  const review = (reviewId: string, productId: string, version: number, body: string) => ({
    streamId: reviewStreamId(reviewId),
    streamVersion: version,
    payload: { reviewId, productId, authorId: 'customer-1', title: 'Review', body },
  });
  const reviewDeleted = (reviewId: string, productId: string, version: number) => ({
    streamId: reviewStreamId(reviewId),
    streamVersion: version,
    payload: { reviewId, productId, authorId: 'customer-1', deletedBy: 'author' as const },
  });
  const ratingSummary = (productId: string, version: number, average: number) => ({
    streamId: ratingSummaryStreamId(productId),
    streamVersion: version,
    payload: { productId, average, count: version, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
  });
  const outOfStock = (productId: string, version: number) => ({
    streamId: stockStreamId(productId),
    streamVersion: version,
    payload: { productId, onHand: 0, available: 0 },
  });
  const replenished = (productId: string, version: number, quantity: number) => ({
    streamId: stockStreamId(productId),
    streamVersion: version,
    payload: { productId, onHand: quantity, available: quantity, quantity },
  });

  it('keeps what arrives before the product and lists the product once it is known', async () => {
    const id = randomUUID();
    await feed(ReviewAddedIntegrationEvent, review(randomUUID(), id, 1, 'Perfect for my zither'));
    await feed(ProductRatingRecalculatedIntegrationEvent, ratingSummary(id, 1, 4));
    await feed(OutOfStockIntegrationEvent, outOfStock(id, 2));
    expect((await search({ q: 'zither' })).total).toBe(0);

    await feed(ProductCreatedIntegrationEvent, created(id, 'Instrument Case', 5));

    const { items } = await search({ q: 'zither' });
    expect(items).toEqual([
      expect.objectContaining({
        productId: id,
        name: 'Instrument Case',
        rating: { average: 4, count: 1 },
        inStock: false,
      }),
    ]);
  });

  it('ignores an older product snapshot than the one applied', async () => {
    const id = randomUUID();
    await feed(ProductCreatedIntegrationEvent, created(id, 'Lute Alpha'));
    await feed(ProductUpdatedIntegrationEvent, updated(id, 3, 'Lute Gamma'));
    await feed(ProductUpdatedIntegrationEvent, updated(id, 2, 'Lute Beta'));

    expect((await search({ q: 'lute' })).items.map((item) => item.name)).toEqual(['Lute Gamma']);
    expect((await search({ q: 'beta' })).total).toBe(0);
  });

  it('ignores an older rating summary and older stock levels than the ones applied', async () => {
    const id = randomUUID();
    await feed(ProductCreatedIntegrationEvent, created(id, 'Cello Bow', 5));
    await feed(ProductRatingRecalculatedIntegrationEvent, ratingSummary(id, 2, 3));
    await feed(ProductRatingRecalculatedIntegrationEvent, ratingSummary(id, 1, 5));
    await feed(OutOfStockIntegrationEvent, outOfStock(id, 3));
    await feed(StockReplenishedIntegrationEvent, replenished(id, 2, 9));

    const [hit] = (await search({ q: 'cello' })).items;
    expect(hit).toMatchObject({ rating: { average: 3, count: 2 }, inStock: false });
    expect((await search({ q: 'cello', minRating: '4' })).total).toBe(0);
  });

  it('keeps the newest text of a review and never revives a deleted one', async () => {
    const id = randomUUID();
    const reviewId = randomUUID();
    await feed(ProductCreatedIntegrationEvent, created(id, 'Practice Amp'));
    await feed(ReviewAddedIntegrationEvent, review(reviewId, id, 1, 'Great with a banjo'));
    await feed(ReviewUpdatedIntegrationEvent, review(reviewId, id, 3, 'Great with a mandolin'));
    await feed(ReviewUpdatedIntegrationEvent, review(reviewId, id, 2, 'Great with a ukulele'));

    expect(idsOf(await search({ q: 'mandolin' }))).toEqual([id]);
    expect((await search({ q: 'ukulele' })).total).toBe(0);
    expect((await search({ q: 'banjo' })).total).toBe(0);

    await feed(ReviewDeletedIntegrationEvent, reviewDeleted(reviewId, id, 4));
    await feed(ReviewUpdatedIntegrationEvent, review(reviewId, id, 2, 'Great with a ukulele'));
    expect((await search({ q: 'mandolin' })).total).toBe(0);
    expect((await search({ q: 'ukulele' })).total).toBe(0);
  });

  it('ignores a review that arrives after its own deletion', async () => {
    const id = randomUUID();
    const reviewId = randomUUID();
    await feed(ProductCreatedIntegrationEvent, created(id, 'Drum Throne'));
    await feed(ReviewDeletedIntegrationEvent, reviewDeleted(reviewId, id, 2));
    await feed(ReviewAddedIntegrationEvent, review(reviewId, id, 1, 'My sitar teacher loves it'));

    expect((await search({ q: 'sitar' })).total).toBe(0);
  });

  it('keeps a deleted product out of results when its older events arrive after the deletion', async () => {
    const id = randomUUID();
    await feed(ProductDeletedIntegrationEvent, {
      streamId: productStreamId(id),
      streamVersion: 3,
      payload: { productId: id, sku: 'SKU-GONE' },
    });
    await feed(ProductCreatedIntegrationEvent, created(id, 'Theremin'));
    await feed(ProductUpdatedIntegrationEvent, updated(id, 2, 'Theremin Pro'));

    expect((await search({ q: 'theremin' })).total).toBe(0);
    expect(idsOf(await search({ limit: '50' }))).not.toContain(id);
  });

  it('applies a redelivered event once', async () => {
    const id = randomUUID();
    await feed(ProductCreatedIntegrationEvent, created(id, 'Piccolo'));
    const event = { ...review(randomUUID(), id, 1, 'Bright piccolo tone'), eventId: uuidV7() };

    expect(await feed(ReviewAddedIntegrationEvent, event)).toEqual(['applied']);
    expect(await feed(ReviewAddedIntegrationEvent, event)).toEqual(['duplicate']);
    expect((await search({ q: 'piccolo' })).total).toBe(1);
  });
});
