import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { ReviewDeletedIntegrationEvent, reviewStreamId } from '../contracts';
import { ReviewRepository } from '../infrastructure/review.repository';
import { ReviewedProductRepository } from '../infrastructure/reviewed-product.repository';
import { REVIEWS_PRODUCTS } from '../infrastructure/reviews-products.projection';

/**
 * Tombstones the product and deletes its live reviews in the same transaction, announcing each
 * deletion so that other modules (search) drop them too.
 */
@OnIntegrationEvent(ProductDeletedIntegrationEvent, { projection: REVIEWS_PRODUCTS })
export class RetireReviewsOnProductDeletedHandler implements IntegrationEventHandler<ProductDeletedIntegrationEvent> {
  constructor(
    private readonly products: ReviewedProductRepository,
    private readonly reviews: ReviewRepository,
  ) {}

  async handle(event: ProductDeletedIntegrationEvent, tx: Transaction): Promise<void> {
    const { productId } = event.payload;
    // First: the row lock makes reviews being added right now commit before the sweep below, or fail with 404.
    await this.products.recordDeleted(tx.manager, [{ productId, version: event.envelope.streamVersion }]);
    for (const review of await this.reviews.markDeletedForProduct(tx.manager, productId)) {
      tx.record(ReviewDeletedIntegrationEvent, {
        streamId: reviewStreamId(review.id),
        streamVersion: review.version,
        payload: { reviewId: review.id, productId, authorId: review.authorId, deletedBy: 'product-deleted' },
      });
    }
  }
}
