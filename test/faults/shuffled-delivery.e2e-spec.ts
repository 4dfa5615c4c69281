import fc from 'fast-check';
import { EventEnvelope } from '../../src/shared/messaging/integration-event';
import { OutboxRelay } from '../../src/shared/messaging/outbox/outbox-relay';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../../src/shared/messaging/transports/transport-adapter';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { TransportUnderTest, transportCases } from '../support/transports';
import { deliveryBacklog } from './support/consistency';
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

/** Runs per transport: the in-process bus is quick; a broker round trip per run makes the brokers' slower. */
const RUNS: Record<string, number> = { inprocess: 120, rabbitmq: 40, nats: 40 };

describe.each(transportCases())('delivery order on the %s transport', (name, createTransport) => {
  const transport: TransportUnderTest = createTransport();
  let app: TestApp;
  let wire: TransportAdapter;
  let relay: OutboxRelay;

  beforeAll(async () => {
    await transport.setUp();
    app = await startTestApp(transport.env());
    wire = app.running.app.get<TransportAdapter>(TRANSPORT_ADAPTER);
    relay = app.running.app.get(OutboxRelay);
  });
  afterAll(async () => {
    await app?.close();
    await transport.tearDown();
  });

  /** Puts the envelopes on the transport's wire in this order, as a relay would, and waits until every effect settled. */
  async function deliver(envelopes: readonly EventEnvelope[]): Promise<void> {
    await wire.publish(envelopes);
    await eventually(
      () => deliveryBacklog(app.query, envelopes),
      ({ lost }) => lost.length === 0,
      { timeoutMs: 30000, intervalMs: 50, what: 'every delivered event to be applied' },
    );
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
          // What the consumers recorded in turn (rating summaries) must reach their consumers too.
          await relay.flush();
          await eventually(
            () => deliveryBacklog(app.query),
            ({ unpublished, lost }) => unpublished === 0 && lost.length === 0,
            { timeoutMs: 30000, intervalMs: 50, what: 'the recorded events to be applied' },
          );

          const [[expected], [actual]] = await Promise.all([
            app.query(STATE, [inOrder.product]),
            app.query(STATE, [shuffled.product]),
          ]);
          expect(actual.state).toEqual(expected.state);
        },
      ),
      { numRuns: RUNS[name] },
    );
  }, 300_000);
});
