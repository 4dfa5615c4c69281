import fc from 'fast-check';
import { ConsumerRegistry } from '../../src/shared/messaging/consumers/consumer-registry';
import { Inbox } from '../../src/shared/messaging/delivery/inbox';
import { EventRegistry } from '../../src/shared/messaging/envelope/event-registry';
import { EventEnvelope } from '../../src/shared/messaging/integration-event';
import { OutboxRelay } from '../../src/shared/messaging/outbox/outbox-relay';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { startTestApp, TestApp } from '../support/test-app';
import { eventsOf, Ids, scenarios } from './support/product-scenario';

/**
 * What the consumers made of one product, without ids or bookkeeping that legitimately depends on
 * the order (how often a summary changed on its way). Tombstones are compared as tombstones: a
 * deleted product is never shown, whatever else its row holds.
 */
const STATE = `
  SELECT json_build_object(
    'summary', (SELECT json_build_object('count', count, 'histogram', array[h1, h2, h3, h4, h5])
                FROM rating.summaries WHERE product_id = $1),
    'votes', (SELECT json_agg(json_build_object('user', user_id, 'stars', stars, 'version', version) ORDER BY user_id)
              FROM rating.summary_votes WHERE product_id = $1),
    'ratingProduct', (SELECT json_build_object('deleted', deleted, 'version', version) FROM rating.products WHERE product_id = $1),
    'reviewsProduct', (SELECT json_build_object('deleted', deleted, 'version', version) FROM reviews.products WHERE product_id = $1),
    'stock', (SELECT json_build_object('deleted', deleted, 'onHand', CASE WHEN NOT deleted THEN on_hand END)
              FROM inventory.stock WHERE product_id = $1),
    'document', (SELECT json_build_object(
                   'deleted', deleted, 'name', CASE WHEN NOT deleted THEN name END,
                   'description', CASE WHEN NOT deleted THEN description END, 'productVersion', product_version,
                   'reviewText', review_text, 'rating', array[rating_average, rating_count],
                   'available', available, 'inStock', in_stock, 'stockVersion', stock_version)
                 FROM search.documents WHERE product_id = $1),
    'reviews', (SELECT json_agg(json_build_object('title', title, 'body', body, 'version', version, 'deleted', deleted)
                ORDER BY review_id) FROM search.reviews WHERE product_id = $1),
    'catalog', (SELECT json_build_object('rating', array[rating_average, rating_count], 'available', available,
                 'inStock', in_stock, 'stockVersion', stock_version) FROM catalog.product_enrichment WHERE product_id = $1)
  ) AS state`;

describe('delivery order', () => {
  let app: TestApp;
  let registry: EventRegistry;
  let consumers: ConsumerRegistry;
  let inbox: Inbox;
  let relay: OutboxRelay;

  beforeAll(async () => {
    app = await startTestApp();
    registry = app.running.app.get(EventRegistry);
    consumers = app.running.app.get(ConsumerRegistry);
    inbox = app.running.app.get(Inbox);
    relay = app.running.app.get(OutboxRelay);
  });
  afterAll(() => app?.close());

  /** Hands every envelope to every consumer of its type, one after the other, as a transport would. */
  async function deliver(envelopes: readonly EventEnvelope[]): Promise<void> {
    for (const envelope of envelopes) {
      const event = registry.parse(envelope);
      const handling = consumers
        .hosted()
        .filter(({ eventClasses }) => eventClasses.some(({ type }) => type === envelope.type));
      for (const registration of handling) await inbox.apply(registration, event);
    }
  }

  /** The catalog's own row, written by its command; the delivered events feed only the read models. */
  const catalogRow = (product: string) =>
    app.query(
      `INSERT INTO catalog.products (id, sku, name, description, price_amount, price_currency, initial_stock, version)
       VALUES ($1, $2, 'Lamp', 'A lamp', 1000, 'EUR', 0, 1)`,
      [product, `SKU-${product}`],
    );

  it('ends in the same state whatever order each stream is delivered in', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenarios.chain((scenario) => {
          const count = eventsOf(
            scenario,
            { product: uuidV7(), reviews: scenario.reviews.map(() => uuidV7()) },
            0,
          ).length;
          const order = Array.from({ length: count }, (_, index) => index);
          return fc.tuple(fc.constant(scenario), fc.shuffledSubarray(order, { minLength: count, maxLength: count }));
        }),
        async ([scenario, order]) => {
          const startedAt = Date.now();
          const copy = (): Ids => ({
            product: uuidV7(),
            reviews: scenario.reviews.map((_, index) => uuidV7(startedAt + index)),
          });
          const inOrder = copy();
          const shuffled = copy();
          const shuffledEvents = eventsOf(scenario, shuffled, startedAt);
          await Promise.all([catalogRow(inOrder.product), catalogRow(shuffled.product)]);

          await Promise.all([
            deliver(eventsOf(scenario, inOrder, startedAt)),
            deliver(order.map((index) => shuffledEvents[index])),
          ]);
          await relay.flush();

          const [[expected], [actual]] = await Promise.all([
            app.query(STATE, [inOrder.product]),
            app.query(STATE, [shuffled.product]),
          ]);
          expect(actual.state).toEqual(expected.state);
        },
      ),
      { numRuns: 200 },
    );
  });
});
