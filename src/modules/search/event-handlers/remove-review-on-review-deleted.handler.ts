import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ReviewDeletedIntegrationEvent } from '../../reviews/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';
import { SEARCH_INDEX } from '../infrastructure/search-index.projection';

/** Removes a deleted review's words from its product's document. */
@OnIntegrationEvent(ReviewDeletedIntegrationEvent, { projection: SEARCH_INDEX })
export class RemoveReviewOnReviewDeletedHandler implements IntegrationEventHandler<ReviewDeletedIntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: ReviewDeletedIntegrationEvent, tx: Transaction): Promise<void> {
    await this.index.removeReview(tx.manager, payload.reviewId, payload.productId, envelope.streamVersion);
  }
}
