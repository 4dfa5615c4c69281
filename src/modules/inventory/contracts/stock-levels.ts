import { Static, Type } from '../../../shared/messaging/integration-event';

/** Stock after the change, carried by every stock event so consumers can apply the newest one alone. */
export const StockLevels = Type.Object({
  productId: Type.String(),
  /** Units in the warehouse. */
  onHand: Type.Integer({ minimum: 0 }),
  /** Units that can still be reserved (onHand minus reservations); never negative. */
  available: Type.Integer({ minimum: 0 }),
});
export type StockLevels = Static<typeof StockLevels>;

/** What outside consumers may know of an availability change: which product, how many can be reserved. */
export const PUBLIC_AVAILABILITY = { productId: true, available: true } as const;
