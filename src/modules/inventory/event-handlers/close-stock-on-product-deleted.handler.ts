import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { closeStock } from '../domain/stock';
import { KnownProductRepository } from '../infrastructure/known-product.repository';
import { StockStreamRepository } from '../infrastructure/stock-stream.repository';
import { INVENTORY_PRODUCTS } from '../infrastructure/inventory-products.projection';

/**
 * Retires the stock of a deleted product with `stock-closed` on its stream: it can no longer be read,
 * reserved or restocked. A reservation committing meanwhile makes this append conflict; the delivery
 * then fails and is retried like any failed delivery, on the new state.
 */
@OnIntegrationEvent(ProductDeletedIntegrationEvent, { projection: INVENTORY_PRODUCTS })
export class CloseStockOnProductDeletedHandler implements IntegrationEventHandler<ProductDeletedIntegrationEvent> {
  constructor(
    private readonly stream: StockStreamRepository,
    private readonly products: KnownProductRepository,
  ) {}

  async handle(event: ProductDeletedIntegrationEvent, tx: Transaction): Promise<void> {
    const { productId } = event.payload;
    const change = closeStock(await this.stream.load(tx.manager, productId), productId);
    if (change) await this.stream.append(tx, change);
    await this.products.recordDeleted(tx.manager, [{ productId, version: event.envelope.streamVersion }]);
  }
}
