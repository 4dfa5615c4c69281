import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumer/integration-event-handler.decorator';
import { Transaction } from '../../../shared/messaging/unit-of-work';
import {
  ProductRatedIntegrationEvent,
  ProductRatingRecalculatedIntegrationEvent,
  RatingRemovedIntegrationEvent,
  ratingSummaryStreamId,
} from '../contracts';
import { averageOf, countOf } from '../domain/histogram';
import { tallyVote } from '../domain/rating-tally';
import { toStars } from '../domain/stars';
import { RatingSummaryRepository } from '../infrastructure/rating-summary.repository';

type RatingEvent = ProductRatedIntegrationEvent | RatingRemovedIntegrationEvent;

/**
 * The rating calculation: tallies every customer's latest vote into the product's histogram and
 * announces the new summary. Stale and reordered events converge (see `tallyVote`).
 */
@OnIntegrationEvent([ProductRatedIntegrationEvent, RatingRemovedIntegrationEvent], { consumer: 'rating.summary' })
export class RatingSummaryHandler implements IntegrationEventHandler<RatingEvent> {
  constructor(private readonly summaries: RatingSummaryRepository) {}

  async handle(event: RatingEvent, tx: Transaction): Promise<void> {
    const { productId, userId } = event.payload;
    const stars = event instanceof ProductRatedIntegrationEvent ? toStars(event.payload.stars) : null;
    const tally = await this.summaries.lockTally(tx.manager, productId);
    const vote = await this.summaries.findVote(tx.manager, productId, userId);
    const outcome = tallyVote(tally, vote, { streamVersion: event.envelope.streamVersion, stars });
    if (outcome.kind === 'stale') return;
    await this.summaries.saveVote(tx.manager, productId, userId, outcome.vote);
    if (!outcome.changed) return;
    const { histogram, version } = outcome.tally;
    await this.summaries.saveTally(tx.manager, productId, outcome.tally);
    tx.record(ProductRatingRecalculatedIntegrationEvent, {
      streamId: ratingSummaryStreamId(productId),
      streamVersion: version,
      payload: { productId, average: averageOf(histogram), count: countOf(histogram), histogram },
    });
  }
}
