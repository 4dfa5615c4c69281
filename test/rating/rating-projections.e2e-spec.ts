import { randomUUID } from 'node:crypto';
import { ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent } from '../../src/modules/catalog/contracts';
import { ProductRatedIntegrationEvent, RatingRemovedIntegrationEvent } from '../../src/modules/rating/contracts';
import { ConsumerRegistry } from '../../src/shared/messaging/consumers/consumer-registry';
import { Inbox } from '../../src/shared/messaging/delivery/inbox';
import { EventEnvelope, IntegrationEvent, IntegrationEventClass } from '../../src/shared/messaging/integration-event';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { expectedSummary, storedEvents } from './rating-fixtures';

/** The rating module's consumers when events arrive out of order or twice, as a broker may deliver them. */
describe("rating's consumers under reordering and redelivery", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app.close());

  /** Hands one event straight to the rating module's consumer of its type, as a transport would. */
  async function deliver<E extends IntegrationEvent>(eventClass: IntegrationEventClass<E>, event: E): Promise<void> {
    const [registration] = app.running.app.get(ConsumerRegistry).of('rating', eventClass.type);
    await app.running.app.get(Inbox).apply(registration, event);
  }

  const envelope = <P>(type: string, streamId: string, streamVersion: number, payload: P): EventEnvelope<P> => ({
    eventId: uuidV7(),
    type,
    streamId,
    streamVersion,
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    actor: 'system',
    payload,
  });

  const created = (productId: string) =>
    new ProductCreatedV2IntegrationEvent(
      envelope(ProductCreatedV2IntegrationEvent.type, `catalog.product:${productId}`, 1, {
        productId,
        sku: 'LATE-1',
        name: 'Late',
        description: '',
        price: { amount: 100, currency: 'EUR' },
        initialStock: 1,
        categories: [],
      }),
    );
  const deleted = (productId: string) =>
    new ProductDeletedIntegrationEvent(
      envelope(ProductDeletedIntegrationEvent.type, `catalog.product:${productId}`, 2, { productId, sku: 'LATE-1' }),
    );
  const rated = (productId: string, userId: string, version: number, stars: number, previousStars: number | null) =>
    new ProductRatedIntegrationEvent(
      envelope(ProductRatedIntegrationEvent.type, `rating.rating:${productId}:${userId}`, version, {
        productId,
        userId,
        stars,
        previousStars,
      }),
    );
  const removed = (productId: string, userId: string, version: number, previousStars: number) =>
    new RatingRemovedIntegrationEvent(
      envelope(RatingRemovedIntegrationEvent.type, `rating.rating:${productId}:${userId}`, version, {
        productId,
        userId,
        previousStars,
      }),
    );
  const summaryOf = async (productId: string) => (await app.api.get(`/api/v1/products/${productId}/rating`)).body;

  it('makes a product rateable when its creation arrives, and unknown again when deleted', async () => {
    const productId = uuidV7();
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    expect((await app.api.get(`/api/v1/products/${productId}/rating`)).status).toBe(200);
    await deliver(ProductDeletedIntegrationEvent, deleted(productId));
    expect((await app.api.get(`/api/v1/products/${productId}/rating`)).status).toBe(404);
  });

  it('does not resurrect a product whose creation arrives after its deletion', async () => {
    const productId = uuidV7();
    await deliver(ProductDeletedIntegrationEvent, deleted(productId));
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    expect((await app.api.get(`/api/v1/products/${productId}/rating`)).status).toBe(404);
    const put = await app.api.put(
      `/api/v1/products/${productId}/ratings/me`,
      { stars: 4 },
      { token: await tokenFor('u') },
    );
    expect(put.status).toBe(404);
  });

  it('converges when a customer’s rating events arrive in reverse order', async () => {
    const productId = uuidV7();
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'other', 1, 2, null));
    // Stream of "late": rated 3 (v1), re-rated 5 (v2), removed (v3), rated 4 (v4) — delivered backwards.
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'late', 4, 4, null));
    await deliver(RatingRemovedIntegrationEvent, removed(productId, 'late', 3, 5));
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'late', 2, 5, 3));
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'late', 1, 3, null));
    expect(await summaryOf(productId)).toEqual(expectedSummary(productId, [2, 4]));
  });

  it('moves the vote from the stars it holds even when an intermediate event is still missing', async () => {
    const productId = uuidV7();
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'gap', 1, 3, null));
    // v3 overtakes v2 (3 → 1); its previousStars (1) is not what the tally holds (3).
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'gap', 3, 5, 1));
    expect(await summaryOf(productId)).toEqual(expectedSummary(productId, [5]));
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'gap', 2, 1, 3));
    expect(await summaryOf(productId)).toEqual(expectedSummary(productId, [5]));
  });

  it('applies a redelivered rating event once', async () => {
    const productId = uuidV7();
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    const event = rated(productId, 'twice', 1, 4, null);
    await deliver(ProductRatedIntegrationEvent, event);
    await deliver(ProductRatedIntegrationEvent, event);
    expect(await summaryOf(productId)).toEqual(expectedSummary(productId, [4]));
    expect(await storedEvents(app, `rating.summary:${productId}`)).toHaveLength(1);
  });

  it('announces no new summary for an event that leaves the stars unchanged', async () => {
    const productId = uuidV7();
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'same', 1, 4, null));
    // v2 and v3 (removed, rated 4 again) collapse when v2 is lost in transit and v3 arrives.
    await deliver(ProductRatedIntegrationEvent, rated(productId, 'same', 3, 4, null));
    expect(await storedEvents(app, `rating.summary:${productId}`)).toHaveLength(1);
    await deliver(RatingRemovedIntegrationEvent, removed(productId, 'same', 2, 4));
    expect(await summaryOf(productId)).toEqual(expectedSummary(productId, [4]));
  });
});
