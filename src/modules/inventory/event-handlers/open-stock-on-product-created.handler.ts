import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductCreatedV2IntegrationEvent } from '../../catalog/contracts';
import { openStock } from '../domain/stock';
import { KnownProductRepository } from '../infrastructure/known-product.repository';
import { StockStreamRepository } from '../infrastructure/stock-stream.repository';
import { INVENTORY_PRODUCTS } from '../infrastructure/inventory-products.projection';

/**
 * Opens the stock of a new product with its initial stock: `stock-opened` starts its stream. Only an
 * empty stream is opened, which makes it idempotent and order-proof: a product deleted before its
 * creation arrived keeps its tombstone and stays deleted.
 */
@OnIntegrationEvent(ProductCreatedV2IntegrationEvent, { projection: INVENTORY_PRODUCTS })
export class OpenStockOnProductCreatedHandler implements IntegrationEventHandler<ProductCreatedV2IntegrationEvent> {
  constructor(
    private readonly stream: StockStreamRepository,
    private readonly products: KnownProductRepository,
  ) {}

  handle(event: ProductCreatedV2IntegrationEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  async handleBatch(events: ProductCreatedV2IntegrationEvent[], tx: Transaction): Promise<void> {
    // The stream and the product list are independent: filling one, then the other, ends as event by event would.
    for (const { payload } of events) {
      const change = openStock(
        await this.stream.load(tx.manager, payload.productId),
        payload.productId,
        payload.initialStock,
      );
      if (change) await this.stream.append(tx, change);
    }
    await this.products.recordCreated(
      tx.manager,
      events.map(({ payload, envelope }) => ({ productId: payload.productId, version: envelope.streamVersion })),
    );
  }
}
