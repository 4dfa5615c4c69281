import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumer/integration-event-handler.decorator';
import { Transaction } from '../../../shared/messaging/unit-of-work';
import { ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { RatedProductRepository } from '../infrastructure/rated-product.repository';

/** Keeps `rating.products` in step with the catalog, so ratings are only taken for products that exist. */
@OnIntegrationEvent([ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent], { consumer: 'rating.products' })
export class ProductExistenceHandler implements IntegrationEventHandler<
  ProductCreatedV2IntegrationEvent | ProductDeletedIntegrationEvent
> {
  constructor(private readonly products: RatedProductRepository) {}

  async handle(
    event: ProductCreatedV2IntegrationEvent | ProductDeletedIntegrationEvent,
    tx: Transaction,
  ): Promise<void> {
    const { productId } = event.payload;
    if (event instanceof ProductDeletedIntegrationEvent) {
      await this.products.recordDeleted(tx.manager, productId, event.envelope.streamVersion);
    } else {
      await this.products.recordCreated(tx.manager, productId, event.envelope.streamVersion);
    }
  }
}
