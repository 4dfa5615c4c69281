import { ReviewAddedIntegrationEvent } from './review-added.integration-event';
import { ReviewDeletedIntegrationEvent } from './review-deleted.integration-event';
import { ReviewUpdatedIntegrationEvent } from './review-updated.integration-event';

export * from './review-added.integration-event';
export * from './review-deleted.integration-event';
export * from './review-updated.integration-event';

export const reviewStreamId = (reviewId: string): string => `reviews.review:${reviewId}`;

export const REVIEWS_EVENTS = [
  ReviewAddedIntegrationEvent,
  ReviewUpdatedIntegrationEvent,
  ReviewDeletedIntegrationEvent,
];
