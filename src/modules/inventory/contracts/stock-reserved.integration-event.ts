import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';
import { StockLevels } from './stock-levels';

export const StockReservedPayload = Type.Composite([
  StockLevels,
  Type.Object({ reservationId: Type.String(), customerId: Type.String(), quantity: Type.Integer({ minimum: 1 }) }),
]);
export type StockReservedPayload = Static<typeof StockReservedPayload>;

/** Units were reserved for a customer; stream `inventory.stock:<productId>`. */
export class StockReservedIntegrationEvent extends IntegrationEvent<StockReservedPayload> {
  static override readonly type = 'inventory.stock-reserved.v1';
  static override readonly description = 'Units of a product were reserved (checkout).';
  static override readonly payloadSchema = StockReservedPayload;
  static override readonly subjects = { product: 'productId' };
}
