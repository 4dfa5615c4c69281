import { ProductRatedIntegrationEvent } from './product-rated.integration-event';
import { ProductRatingRecalculatedIntegrationEvent } from './product-rating-recalculated.integration-event';
import { RatingRemovedIntegrationEvent } from './rating-removed.integration-event';

export * from './product-rated.integration-event';
export * from './product-rating-recalculated.integration-event';
export * from './rating-removed.integration-event';

/** One customer's rating of one product. */
export const customerRatingStreamId = (productId: string, userId: string): string =>
  `rating.rating:${productId}:${userId}`;
/** The rating summary of one product. */
export const ratingSummaryStreamId = (productId: string): string => `rating.summary:${productId}`;

export const RATING_EVENTS = [
  ProductRatedIntegrationEvent,
  RatingRemovedIntegrationEvent,
  ProductRatingRecalculatedIntegrationEvent,
];
