import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { PUBLIC_AVAILABILITY, StockLevels } from './stock-levels';

/** Available stock fell to zero (emitted on the transition only); stream `inventory.stock:<productId>`. */
export class OutOfStockIntegrationEvent extends IntegrationEvent<StockLevels> {
  static override readonly type = 'inventory.out-of-stock.v1';
  static override readonly description = 'Available stock of a product fell to zero.';
  static override readonly payloadSchema = StockLevels;
  static override readonly publicShape = PUBLIC_AVAILABILITY;
  static override readonly subjects = { product: 'productId' };
}
