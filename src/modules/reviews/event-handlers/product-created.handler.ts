import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumer/integration-event-handler.decorator';
import { Transaction } from '../../../shared/messaging/unit-of-work';
import { ProductCreatedIntegrationEvent } from '../../catalog/contracts';
import { ReviewedProductRepository } from '../infrastructure/reviewed-product.repository';

/** Makes a new catalog product reviewable (unless its deletion was seen first). */
@OnIntegrationEvent(ProductCreatedIntegrationEvent, { consumer: 'reviews.product-created' })
export class ProductCreatedHandler implements IntegrationEventHandler<ProductCreatedIntegrationEvent> {
  constructor(private readonly products: ReviewedProductRepository) {}

  async handle(event: ProductCreatedIntegrationEvent, tx: Transaction): Promise<void> {
    await this.products.recordCreated(tx.manager, event.payload.productId, event.envelope.streamVersion);
  }
}
