import fc from 'fast-check';
import { ConsumerRegistry } from '../../src/shared/messaging/consumer/consumer-registry';
import { InboxProcessor } from '../../src/shared/messaging/consumer/inbox-processor';
import { EventRegistry } from '../../src/shared/messaging/event-registry';
import { EventEnvelope } from '../../src/shared/messaging/integration-event';
import { OutboxRelay } from '../../src/shared/messaging/relay/outbox-relay';
import { uuidV7 } from '../../src/shared/messaging/uuid-v7';
import { startTestApp, TestApp } from '../support/test-app';

/** What happens to one product, independent of ids and delivery order. */
interface Scenario {
  initialStock: number;
  productUpdates: number;
  productDeleted: boolean;
  /** Per review: how often it is edited, and whether it is deleted at the end. */
  reviews: { edits: number; deleted: boolean }[];
  /** Per customer: what they do in turn, 1-5 stars or 0 to withdraw the rating. */
  votes: number[][];
  /** Reservations (negative) and restocks (positive), in turn; a reservation that does not fit is skipped. */
  stock: number[];
}

const scenarios: fc.Arbitrary<Scenario> = fc.record({
  initialStock: fc.integer({ min: 0, max: 6 }),
  productUpdates: fc.integer({ min: 0, max: 2 }),
  productDeleted: fc.integer({ min: 0, max: 4 }).map((roll) => roll === 0),
  reviews: fc.array(fc.record({ edits: fc.integer({ min: 0, max: 2 }), deleted: fc.boolean() }), { maxLength: 2 }),
  votes: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  }),
  stock: fc.array(
    fc.integer({ min: -3, max: 4 }).filter((delta) => delta !== 0),
    { maxLength: 4 },
  ),
});

interface Ids {
  product: string;
  reviews: string[];
}

/** The scenario's events for one product, every stream in order (what an in-order delivery sees). */
function eventsOf(scenario: Scenario, ids: Ids, startedAt: number): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  const add = (type: string, streamId: string, streamVersion: number, payload: Record<string, unknown>) =>
    events.push({
      eventId: uuidV7(),
      type,
      streamId,
      streamVersion,
      occurredAt: new Date(startedAt + events.length).toISOString(),
      correlationId: `shuffle-${ids.product}`,
      causationId: null,
      actor: 'shuffle-test',
      payload,
    });
  const { product } = ids;
  const productStream = `catalog.product:${product}`;
  const sku = `SKU-${product}`;
  const price = { amount: 1000, currency: 'EUR' };
  add('catalog.product-created.v2', productStream, 1, {
    productId: product,
    sku,
    name: 'Lamp',
    description: 'A lamp',
    price,
    initialStock: scenario.initialStock,
    categories: [],
  });
  for (let version = 2; version <= scenario.productUpdates + 1; version++) {
    add('catalog.product-updated.v1', productStream, version, {
      productId: product,
      sku,
      name: `Lamp mark ${version}`,
      description: `A lamp, revision ${version}`,
      price,
      version,
    });
  }
  if (scenario.productDeleted) {
    add('catalog.product-deleted.v1', productStream, scenario.productUpdates + 2, { productId: product, sku });
  }
  scenario.reviews.forEach(({ edits, deleted }, index) => {
    const reviewId = ids.reviews[index];
    const review = (edit: number) => ({
      reviewId,
      productId: product,
      authorId: `author-${index}`,
      title: `Review ${index}`,
      body: `word${index}x${edit} of review ${index}`,
    });
    const stream = `reviews.review:${reviewId}`;
    add('reviews.review-added.v1', stream, 1, review(0));
    for (let edit = 1; edit <= edits; edit++) add('reviews.review-updated.v1', stream, edit + 1, review(edit));
    if (deleted) {
      const { authorId } = review(0);
      add('reviews.review-deleted.v1', stream, edits + 2, {
        reviewId,
        productId: product,
        authorId,
        deletedBy: 'author',
      });
    }
  });
  scenario.votes.forEach((actions, customer) => {
    const userId = `customer-${customer}`;
    const stream = `rating.rating:${product}:${userId}`;
    let stars: number | null = null;
    let version = 0;
    for (const action of actions) {
      if (action === 0 && stars !== null) {
        add('rating.rating-removed.v1', stream, ++version, { productId: product, userId, previousStars: stars });
        stars = null;
      } else if (action !== 0 && action !== stars) {
        add('rating.product-rated.v1', stream, ++version, {
          productId: product,
          userId,
          stars: action,
          previousStars: stars,
        });
        stars = action;
      }
    }
  });
  const stream = `inventory.stock:${product}`;
  let onHand = scenario.initialStock;
  let available = onHand;
  let version = 0;
  for (const delta of scenario.stock) {
    const levels = () => ({ productId: product, onHand, available });
    if (delta < 0 && available >= -delta) {
      available += delta;
      const reservation = { reservationId: uuidV7(), customerId: 'customer-0', quantity: -delta };
      add('inventory.stock-reserved.v1', stream, ++version, { ...levels(), ...reservation });
      if (available === 0) add('inventory.out-of-stock.v1', stream, ++version, levels());
    } else if (delta > 0) {
      const wasOut = available === 0;
      onHand += delta;
      available += delta;
      add('inventory.stock-replenished.v1', stream, ++version, { ...levels(), quantity: delta });
      if (wasOut) add('inventory.back-in-stock.v1', stream, ++version, levels());
    }
  }
  return events;
}

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
                 'inStock', in_stock, 'stockVersion', stock_version) FROM catalog.products WHERE id = $1)
  ) AS state`;

describe('delivery order', () => {
  let app: TestApp;
  let registry: EventRegistry;
  let consumers: ConsumerRegistry;
  let inbox: InboxProcessor;
  let relay: OutboxRelay;

  beforeAll(async () => {
    app = await startTestApp();
    registry = app.running.app.get(EventRegistry);
    consumers = app.running.app.get(ConsumerRegistry);
    inbox = app.running.app.get(InboxProcessor);
    relay = app.running.app.get(OutboxRelay);
  });
  afterAll(() => app?.close());

  /** Hands every envelope to every consumer of its type, one after the other, as a transport would. */
  async function deliver(envelopes: readonly EventEnvelope[]): Promise<void> {
    for (const envelope of envelopes) {
      const event = registry.parse(envelope);
      for (const registration of consumers.forType(envelope.type)) await inbox.process(registration, event);
    }
  }

  /** The catalog's own row, which the enrichment consumers update (catalog does not consume its own events). */
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
