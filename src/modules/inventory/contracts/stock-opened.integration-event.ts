import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { StockLevels } from './stock-levels';

/**
 * The first event of stream `inventory.stock:<productId>`: inventory opened the stock of a product
 * the catalog created, with its initial units on hand. The stock is event-sourced, so its stream
 * must say where it started.
 */
export class StockOpenedIntegrationEvent extends IntegrationEvent<StockLevels> {
  static override readonly type = 'inventory.stock-opened.v1';
  static override readonly description = 'Inventory opened the stock of a new product with its initial units.';
  static override readonly payloadSchema = StockLevels;
  static override readonly subjects = { product: 'productId' };
}
