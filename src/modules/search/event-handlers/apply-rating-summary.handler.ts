import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductRatingRecalculatedIntegrationEvent } from '../../rating/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';

/** Keeps the rating used by `minRating` and `sort=rating`; an older summary than the applied one is ignored. */
@OnIntegrationEvent(ProductRatingRecalculatedIntegrationEvent, { consumer: 'search.apply-rating-summary' })
export class ApplyRatingSummaryHandler implements IntegrationEventHandler<ProductRatingRecalculatedIntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: ProductRatingRecalculatedIntegrationEvent, tx: Transaction): Promise<void> {
    const { productId, average, count } = payload;
    await this.index.applyRating(tx.manager, productId, average, count, envelope.streamVersion);
  }
}
