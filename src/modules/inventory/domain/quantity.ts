import { InvalidQuantityError } from './inventory.errors';

/** Largest single reservation: a checkout, not a warehouse transfer. */
export const MAX_RESERVATION_QUANTITY = 1000;
export const MAX_RESTOCK_QUANTITY = 1_000_000;

/** Units a product may hold on hand; keeps sums well inside PostgreSQL's 32-bit integer. */
export const MAX_ON_HAND = 1_000_000_000;

export function quantity(value: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new InvalidQuantityError(`quantity must be a whole number between 1 and ${max}`);
  }
  return value;
}
