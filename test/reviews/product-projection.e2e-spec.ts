import { randomUUID } from 'node:crypto';
import { ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent } from '../../src/modules/catalog/contracts';
import { ConsumerRegistry } from '../../src/shared/messaging/consumers/consumer-registry';
import { Inbox } from '../../src/shared/messaging/delivery/inbox';
import { IntegrationEvent, IntegrationEventClass } from '../../src/shared/messaging/integration-event';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { review } from './review-fixtures';

/** The reviews module's knowledge of products when catalog events arrive out of order or twice. */
describe("reviews' product projection", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app.close());

  /** Hands one catalog event straight to the reviews consumer, as a transport would. */
  async function deliver<E extends IntegrationEvent>(eventClass: IntegrationEventClass<E>, event: E): Promise<void> {
    const [registration] = app.running.app.get(ConsumerRegistry).of('reviews', eventClass.type);
    await app.running.app.get(Inbox).apply(registration, event);
  }

  const envelope = <P>(type: string, productId: string, streamVersion: number, payload: P) => ({
    eventId: uuidV7(),
    type,
    streamId: `catalog.product:${productId}`,
    streamVersion,
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    actor: 'admin-1',
    payload,
  });

  const created = (productId: string) =>
    new ProductCreatedV2IntegrationEvent(
      envelope(ProductCreatedV2IntegrationEvent.type, productId, 1, {
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
      envelope(ProductDeletedIntegrationEvent.type, productId, 2, { productId, sku: 'LATE-1' }),
    );

  it('makes a product reviewable when its creation arrives', async () => {
    const productId = uuidV7();
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    const added = await app.api.post(`/api/v1/products/${productId}/reviews`, review(), {
      token: await tokenFor('c-1'),
    });
    expect(added.status).toBe(201);
  });

  it('does not resurrect a product whose deletion arrived before its creation', async () => {
    const productId = uuidV7();
    await deliver(ProductDeletedIntegrationEvent, deleted(productId));
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    const added = await app.api.post(`/api/v1/products/${productId}/reviews`, review(), {
      token: await tokenFor('c-1'),
    });
    expect(added.status).toBe(404);
    expect((await app.api.get(`/api/v1/products/${productId}/reviews`)).status).toBe(404);
    expect(await app.query(`SELECT deleted, version FROM reviews.products WHERE product_id = $1`, [productId])).toEqual(
      [{ deleted: true, version: 2 }],
    );
  });

  it('emits no second review-deleted when a product deletion is delivered again under a new event id', async () => {
    const productId = uuidV7();
    await deliver(ProductCreatedV2IntegrationEvent, created(productId));
    const { body } = await app.api.post(`/api/v1/products/${productId}/reviews`, review(), {
      token: await tokenFor('c-2'),
    });
    await deliver(ProductDeletedIntegrationEvent, deleted(productId));
    await deliver(ProductDeletedIntegrationEvent, deleted(productId));
    const events = await app.query(
      `SELECT type FROM messaging.event_store WHERE stream_id = $1 ORDER BY stream_version`,
      [`reviews.review:${body.id}`],
    );
    expect(events.map((event) => event.type)).toEqual(['reviews.review-added.v1', 'reviews.review-deleted.v1']);
  });
});
