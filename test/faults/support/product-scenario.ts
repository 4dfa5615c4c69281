import fc from 'fast-check';
import { EventEnvelope } from '../../../src/shared/messaging/integration-event';
import { uuidV7 } from '../../../src/shared/messaging/envelope/uuid-v7';

/** What happens to one product, independent of ids and delivery order. */
export interface Scenario {
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

export const scenarios: fc.Arbitrary<Scenario> = fc.record({
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

export interface Ids {
  product: string;
  reviews: string[];
}

/** The scenario's events for one product, every stream in order (what an in-order delivery sees). */
export function eventsOf(scenario: Scenario, ids: Ids, startedAt: number): EventEnvelope[] {
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
