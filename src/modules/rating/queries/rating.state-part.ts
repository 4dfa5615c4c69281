import { statePart } from '../../../shared/modularity/state-part';
import { ProductRatedIntegrationEvent, RatingHistogram, RatingRemovedIntegrationEvent } from '../contracts';
import { averageOf, countOf } from '../domain/histogram';
import { Type } from '../../../shared/messaging/integration-event';
import { NO_SUMMARY, evolveProductSummary, toVoteEvent } from '../event-handlers/rating-summary.fold';

/**
 * A product's rating at a point in time: its customers' votes folded by the very function the live
 * summary applies (`evolveProductSummary` is `foldVotes` on one product), so both always agree.
 */
export const RATING_STATE_PART = statePart({
  subject: 'product',
  name: 'rating',
  events: [ProductRatedIntegrationEvent, RatingRemovedIntegrationEvent],
  initial: NO_SUMMARY,
  evolve: (summary, event) => evolveProductSummary(summary, toVoteEvent(event)),
  view: ({ tally: { histogram } }) => ({ average: averageOf(histogram), count: countOf(histogram), histogram }),
  schema: Type.Object({
    average: Type.Number({ minimum: 0, maximum: 5, description: 'Mean stars, 2 decimals; 0 without ratings' }),
    count: Type.Integer({ minimum: 0 }),
    histogram: RatingHistogram,
  }),
});
