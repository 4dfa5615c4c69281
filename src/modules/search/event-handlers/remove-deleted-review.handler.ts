import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ReviewDeletedIntegrationEvent } from '../../reviews/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';

/** Removes a deleted review's words from its product's document. */
@OnIntegrationEvent(ReviewDeletedIntegrationEvent, { consumer: 'search.remove-deleted-review' })
export class RemoveDeletedReviewHandler implements IntegrationEventHandler<ReviewDeletedIntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: ReviewDeletedIntegrationEvent, tx: Transaction): Promise<void> {
    await this.index.removeReview(tx.manager, payload.reviewId, payload.productId, envelope.streamVersion);
  }
}
