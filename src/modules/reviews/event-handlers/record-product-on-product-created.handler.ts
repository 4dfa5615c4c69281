import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductCreatedV2IntegrationEvent } from '../../catalog/contracts';
import { ReviewedProductRepository } from '../infrastructure/reviewed-product.repository';
import { REVIEWS_PRODUCTS } from '../infrastructure/reviews-products.projection';

/** Makes a new catalog product reviewable (unless its deletion was seen first). */
@OnIntegrationEvent(ProductCreatedV2IntegrationEvent, { projection: REVIEWS_PRODUCTS })
export class RecordProductOnProductCreatedHandler implements IntegrationEventHandler<ProductCreatedV2IntegrationEvent> {
  constructor(private readonly products: ReviewedProductRepository) {}

  handle(event: ProductCreatedV2IntegrationEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  handleBatch(events: ProductCreatedV2IntegrationEvent[], tx: Transaction): Promise<void> {
    return this.products.recordCreated(
      tx.manager,
      events.map(({ payload, envelope }) => ({ productId: payload.productId, version: envelope.streamVersion })),
    );
  }
}
