import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';
import { StockLevels } from './stock-levels';

export const StockReplenishedPayload = Type.Composite([
  StockLevels,
  Type.Object({ quantity: Type.Integer({ minimum: 1 }) }),
]);
export type StockReplenishedPayload = Static<typeof StockReplenishedPayload>;

/** Units were added to the warehouse; stream `inventory.stock:<productId>`. */
export class StockReplenishedIntegrationEvent extends IntegrationEvent<StockReplenishedPayload> {
  static override readonly type = 'inventory.stock-replenished.v1';
  static override readonly description = 'Units of a product were added to stock (restock).';
  static override readonly payloadSchema = StockReplenishedPayload;
  static override readonly subjects = { product: 'productId' };
}
