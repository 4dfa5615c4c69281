import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import {
  ProductRatedIntegrationEvent,
  ProductRatingRecalculatedIntegrationEvent,
  RatingRemovedIntegrationEvent,
  ratingSummaryStreamId,
} from '../contracts';
import { averageOf, countOf } from '../domain/histogram';
import { RatingSummaryRepository } from '../infrastructure/rating-summary.repository';
import { foldVotes, toVoteEvent } from './rating-summary.fold';
import { RATING_SUMMARY } from '../infrastructure/rating-summary.projection';

type RatingEvent = ProductRatedIntegrationEvent | RatingRemovedIntegrationEvent;

/**
 * The rating calculation: tallies every customer's latest vote into the product's histogram and
 * announces the new summary. Stale and reordered events converge (see `tallyVote`). Set-based: a
 * run of events costs the same five statements as one.
 */
@OnIntegrationEvent([ProductRatedIntegrationEvent, RatingRemovedIntegrationEvent], { projection: RATING_SUMMARY })
export class RecalculateSummaryOnRatingChangedHandler implements IntegrationEventHandler<RatingEvent> {
  constructor(private readonly summaries: RatingSummaryRepository) {}

  handle(event: RatingEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  async handleBatch(events: RatingEvent[], tx: Transaction): Promise<void> {
    const votes = events.map((event) => toVoteEvent(event.envelope));
    const tallies = await this.summaries.lockTallies(
      tx.manager,
      votes.map((vote) => vote.productId),
    );
    const stored = await this.summaries.findVotes(tx.manager, votes);
    const changes = foldVotes({ tallies, votes: stored }, votes);
    await this.summaries.saveVotes(tx.manager, [...changes.votes.values()]);
    await this.summaries.saveTallies(tx.manager, changes.tallies);
    for (const { productId, tally } of changes.recalculated) {
      const { histogram, version } = tally;
      tx.record(ProductRatingRecalculatedIntegrationEvent, {
        streamId: ratingSummaryStreamId(productId),
        streamVersion: version,
        payload: { productId, average: averageOf(histogram), count: countOf(histogram), histogram },
      });
    }
  }
}
