import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { PUBLIC_AVAILABILITY, StockLevels } from './stock-levels';

/** Available stock rose above zero again (emitted on the transition only); stream `inventory.stock:<productId>`. */
export class BackInStockIntegrationEvent extends IntegrationEvent<StockLevels> {
  static override readonly type = 'inventory.back-in-stock.v1';
  static override readonly description = 'A product that was out of stock can be reserved again.';
  static override readonly payloadSchema = StockLevels;
  static override readonly publicShape = PUBLIC_AVAILABILITY;
  static override readonly subjects = { product: 'productId' };
}
