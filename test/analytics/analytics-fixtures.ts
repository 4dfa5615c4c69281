import { randomUUID } from 'node:crypto';

/** A historical event to place in the store directly (already published, so no consumer sees it). */
export interface PastEvent {
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  streamId?: string;
  streamVersion?: number;
}

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;

/**
 * Stores past events as if they had happened then: the analytics count by `occurredAt`, which the
 * API cannot set, so the suites write history straight into the event store.
 */
export async function storePastEvents(query: Query, events: readonly PastEvent[]): Promise<void> {
  await query(
    `INSERT INTO messaging.event_store
       (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
     SELECT e.id, e.type, split_part(e.type, '.', 1), e.stream, e.version, e.at, e.id::text, 'analytics-test', e.payload, now()
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::timestamptz[], $6::jsonb[])
       AS e (id, type, stream, version, at, payload)`,
    [
      events.map(() => randomUUID()),
      events.map((event) => event.type),
      events.map((event) => event.streamId ?? `analytics-test:${randomUUID()}`),
      events.map((event) => event.streamVersion ?? 1),
      events.map((event) => event.occurredAt),
      events.map((event) => JSON.stringify(event.payload)),
    ],
  );
}

export const REVIEW_ADDED = 'reviews.review-added.v1';
export const PRODUCT_RATED = 'rating.product-rated.v1';
export const STOCK_RESERVED = 'inventory.stock-reserved.v1';

export const reviewAdded = (productId: string, occurredAt: string): PastEvent => ({
  type: REVIEW_ADDED,
  occurredAt,
  payload: { productId, reviewId: randomUUID(), userId: 'u', rating: 4, title: 't', body: 'b' },
});

export const productRated = (productId: string, occurredAt: string): PastEvent => ({
  type: PRODUCT_RATED,
  occurredAt,
  payload: { productId, userId: randomUUID(), stars: 5, previousStars: null },
});

export const stockReserved = (productId: string, quantity: number, occurredAt: string): PastEvent => ({
  type: STOCK_RESERVED,
  occurredAt,
  payload: { productId, reservationId: randomUUID(), customerId: 'c', quantity, onHand: 10, reserved: quantity },
});
