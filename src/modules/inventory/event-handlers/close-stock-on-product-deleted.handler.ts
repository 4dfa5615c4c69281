import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { KnownProductRepository } from '../infrastructure/known-product.repository';
import { StockRepository } from '../infrastructure/stock.repository';
import { INVENTORY_PRODUCTS } from '../infrastructure/inventory-products.projection';

/** Retires the stock of a deleted product: it can no longer be read, reserved or restocked. */
@OnIntegrationEvent(ProductDeletedIntegrationEvent, { projection: INVENTORY_PRODUCTS })
export class CloseStockOnProductDeletedHandler implements IntegrationEventHandler<ProductDeletedIntegrationEvent> {
  constructor(
    private readonly stocks: StockRepository,
    private readonly products: KnownProductRepository,
  ) {}

  async handle(event: ProductDeletedIntegrationEvent, tx: Transaction): Promise<void> {
    await this.stocks.markDeleted(tx.manager, event.payload.productId);
    await this.products.recordDeleted(tx.manager, [
      { productId: event.payload.productId, version: event.envelope.streamVersion },
    ]);
  }
}
