import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';
import { STOCK_LEVELS_PROPERTIES, STOCK_LEVELS_REQUIRED, StockLevels } from './stock-levels';

/** Available stock fell to zero (emitted on the transition only); stream `inventory.stock:<productId>`. */
export class OutOfStockIntegrationEvent extends IntegrationEvent<StockLevels> {
  static override readonly type = 'inventory.out-of-stock.v1';
  static override readonly description = 'Available stock of a product fell to zero.';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: STOCK_LEVELS_REQUIRED,
    properties: STOCK_LEVELS_PROPERTIES,
  };
}
