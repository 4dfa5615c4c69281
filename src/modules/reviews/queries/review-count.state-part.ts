import { Type } from '../../../shared/messaging/integration-event';
import { statePart } from '../../../shared/modularity/state-part';
import { ReviewAddedIntegrationEvent, ReviewDeletedIntegrationEvent, ReviewPayload } from '../contracts';
import { evolveReviewIds } from '../domain/product-reviews';

/** How many reviews a product had at a point in time: those written and not removed by then. */
export const REVIEW_COUNT_STATE_PART = statePart({
  subject: 'product',
  name: 'reviewCount',
  events: [ReviewAddedIntegrationEvent, ReviewDeletedIntegrationEvent],
  initial: new Set<string>() as ReadonlySet<string>,
  evolve: (ids, { type, payload }) =>
    evolveReviewIds(ids, {
      kind: type === ReviewAddedIntegrationEvent.type ? 'added' : 'removed',
      reviewId: (payload as Pick<ReviewPayload, 'reviewId'>).reviewId,
    }),
  view: (ids) => ids.size,
  schema: Type.Integer({ minimum: 0, description: 'Reviews written and not removed by then' }),
});
