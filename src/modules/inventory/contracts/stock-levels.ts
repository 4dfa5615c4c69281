import { JsonSchema } from '../../../shared/messaging/integration-event';

/** Stock after the change, carried by every stock event so consumers can apply the newest one alone. */
export interface StockLevels {
  productId: string;
  /** Units in the warehouse. */
  onHand: number;
  /** Units that can still be reserved (onHand minus reservations); never negative. */
  available: number;
}

export const STOCK_LEVELS_PROPERTIES: Record<string, JsonSchema> = {
  productId: { type: 'string' },
  onHand: { type: 'integer', minimum: 0 },
  available: { type: 'integer', minimum: 0 },
};
export const STOCK_LEVELS_REQUIRED = ['productId', 'onHand', 'available'];
