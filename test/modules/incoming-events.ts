import { randomUUID } from 'node:crypto';
import {
  ProductCreatedV2IntegrationEvent,
  ProductCreatedV2Payload,
  ProductDeletedIntegrationEvent,
  ProductUpdatedIntegrationEvent,
  ProductUpdatedPayload,
  productStreamId,
} from '../../src/modules/catalog/contracts';
import { StockLevels, stockStreamId } from '../../src/modules/inventory/contracts';
import {
  ProductRatingRecalculatedIntegrationEvent,
  RatingHistogram,
  ratingSummaryStreamId,
} from '../../src/modules/rating/contracts';
import {
  ReviewAddedIntegrationEvent,
  ReviewDeletedIntegrationEvent,
  ReviewDeletedPayload,
  ReviewPayload,
  ReviewUpdatedIntegrationEvent,
  reviewStreamId,
} from '../../src/modules/reviews/contracts';
import { IntegrationEvent, IntegrationEventClass } from '../../src/shared/messaging/integration-event';
import { IncomingContext, ModuleHarness, incoming } from '../support/module-harness';

/*
 * Other modules' events as a module under test receives them, built from the producers' contracts
 * (stream ids and payload types), each at the stream version its producer would give it.
 */

/** The product facts every catalog event about `productId` carries, as the catalog would have them. */
const catalogProduct = (productId: string) => ({
  productId,
  sku: `SKU-${productId.slice(-8).toUpperCase()}`,
  name: 'Desk lamp',
  description: 'Warm light for late reading.',
  price: { amount: 4999, currency: 'EUR' },
});

export function productCreated(
  productId: string,
  product: Partial<ProductCreatedV2Payload> = {},
  context?: IncomingContext,
) {
  return incoming(
    ProductCreatedV2IntegrationEvent,
    {
      streamId: productStreamId(productId),
      streamVersion: 1,
      payload: { ...catalogProduct(productId), initialStock: 3, categories: [], ...product },
    },
    context,
  );
}

/** Tells the module under test of a new catalog product, as the catalog's product-created does; returns its id. */
export async function knownProduct(
  module: ModuleHarness,
  product: Partial<ProductCreatedV2Payload> = {},
): Promise<string> {
  const productId = randomUUID();
  await module.receive(productCreated(productId, product));
  return productId;
}

/** The catalog's snapshot after a change; `version` is the product's new version (2 for its first change). */
export function productUpdated(productId: string, version: number, product: Partial<ProductUpdatedPayload> = {}) {
  return incoming(ProductUpdatedIntegrationEvent, {
    streamId: productStreamId(productId),
    streamVersion: version,
    payload: { ...catalogProduct(productId), version, ...product },
  });
}

/** The last event of a product's stream; `version` 2 when the product was never changed. */
export function productDeleted(productId: string, version = 2, context?: IncomingContext) {
  return incoming(
    ProductDeletedIntegrationEvent,
    {
      streamId: productStreamId(productId),
      streamVersion: version,
      payload: { productId, sku: catalogProduct(productId).sku },
    },
    context,
  );
}

/** A rating summary (average and count derived from the histogram, as rating computes them). */
export function ratingRecalculated(productId: string, version: number, histogram: Partial<RatingHistogram>) {
  const full: RatingHistogram = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, ...histogram };
  const count = Object.values(full).reduce((sum, n) => sum + n, 0);
  const stars = Object.entries(full).reduce((sum, [value, n]) => sum + Number(value) * n, 0);
  return incoming(ProductRatingRecalculatedIntegrationEvent, {
    streamId: ratingSummaryStreamId(productId),
    streamVersion: version,
    payload: { productId, average: count === 0 ? 0 : Math.round((stars / count) * 100) / 100, count, histogram: full },
  });
}

/** Any inventory event of a product's stock stream, with the levels after it and its own extra fields. */
export function stockEvent<P extends StockLevels>(
  eventClass: IntegrationEventClass<IntegrationEvent<P>>,
  version: number,
  payload: P,
) {
  return incoming(eventClass, { streamId: stockStreamId(payload.productId), streamVersion: version, payload });
}

export function reviewAdded(review: ReviewPayload) {
  return incoming(ReviewAddedIntegrationEvent, {
    streamId: reviewStreamId(review.reviewId),
    streamVersion: 1,
    payload: review,
  });
}

export function reviewUpdated(version: number, review: ReviewPayload) {
  return incoming(ReviewUpdatedIntegrationEvent, {
    streamId: reviewStreamId(review.reviewId),
    streamVersion: version,
    payload: review,
  });
}

export function reviewDeleted(version: number, review: ReviewDeletedPayload) {
  return incoming(ReviewDeletedIntegrationEvent, {
    streamId: reviewStreamId(review.reviewId),
    streamVersion: version,
    payload: review,
  });
}
