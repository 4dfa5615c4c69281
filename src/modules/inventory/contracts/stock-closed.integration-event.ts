import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { StockLevels } from './stock-levels';

/**
 * The last event of stream `inventory.stock:<productId>`: the catalog deleted the product, so its
 * stock can no longer be read, reserved or restocked. Carries the levels it was closed with (zero
 * when the deletion arrived before the creation; a later creation then opens nothing).
 */
export class StockClosedIntegrationEvent extends IntegrationEvent<StockLevels> {
  static override readonly type = 'inventory.stock-closed.v1';
  static override readonly description = "Inventory retired a deleted product's stock.";
  static override readonly payloadSchema = StockLevels;
  static override readonly subjects = { product: 'productId' };
}
