import { AvailabilityTransition, availabilityTransition } from './availability-transition';
import { InsufficientStockError, StockCapacityExceededError, StockNotFoundError } from './inventory.errors';
import { MAX_ON_HAND, MAX_RESERVATION_QUANTITY, MAX_RESTOCK_QUANTITY, quantity } from './quantity';

/** Stock of one product; `version` is the last version of its event stream `inventory.stock:<productId>`. */
export interface Stock {
  productId: string;
  onHand: number;
  reserved: number;
  /**
   * Product detail views, a demand signal only. The source design wired "Product Detail Viewed →
   * Reduce Stock"; a page view must never change stock in a real shop, so only reservations lower it.
   */
  views: number;
  /** The catalog deleted the product: it can no longer be reserved or restocked. */
  deleted: boolean;
  version: number;
}

export interface Reservation {
  id: string;
  productId: string;
  customerId: string;
  quantity: number;
}

export interface StockLevels {
  onHand: number;
  available: number;
}

type StockFact =
  | { kind: 'stock-reserved'; reservation: Reservation }
  | { kind: 'stock-replenished'; quantity: number }
  | { kind: AvailabilityTransition };

/** Something that happened to a stock, with its stream version and the levels right after the change. */
export type StockEvent = StockFact & { version: number; levels: StockLevels };

export interface StockChange {
  stock: Stock;
  events: StockEvent[];
}

export const availableUnits = (stock: Stock): number => stock.onHand - stock.reserved;

/** Stock of a product the catalog just created (its event schema guarantees a whole number ≥ 0); no stock event yet. */
export function openStock(productId: string, initialStock: number): Stock {
  return { productId, onHand: initialStock, reserved: 0, views: 0, deleted: false, version: 0 };
}

function assertActive(stock: Stock): void {
  if (stock.deleted) throw new StockNotFoundError(stock.productId);
}

/** The primary event, then the availability transition if the change crossed zero, on consecutive versions. */
function change(before: Stock, after: Stock, fact: StockFact): StockChange {
  const levels = { onHand: after.onHand, available: availableUnits(after) };
  const events: StockEvent[] = [{ ...fact, version: before.version + 1, levels }];
  const transition = availabilityTransition(availableUnits(before), levels.available);
  if (transition) events.push({ kind: transition, version: before.version + 2, levels });
  return { stock: { ...after, version: before.version + events.length }, events };
}

/** Sets units aside for a customer; refuses rather than let available stock go below zero. */
export function reserve(
  stock: Stock,
  request: Omit<Reservation, 'productId'>,
): StockChange & { reservation: Reservation } {
  const units = quantity(request.quantity, MAX_RESERVATION_QUANTITY);
  assertActive(stock);
  const available = availableUnits(stock);
  if (units > available) throw new InsufficientStockError(stock.productId, units, available);
  const reservation: Reservation = { ...request, productId: stock.productId, quantity: units };
  const reserved = change(
    stock,
    { ...stock, reserved: stock.reserved + units },
    { kind: 'stock-reserved', reservation },
  );
  return { ...reserved, reservation };
}

export function restock(stock: Stock, requested: number): StockChange {
  const units = quantity(requested, MAX_RESTOCK_QUANTITY);
  assertActive(stock);
  if (stock.onHand + units > MAX_ON_HAND) throw new StockCapacityExceededError(stock.productId, MAX_ON_HAND);
  return change(stock, { ...stock, onHand: stock.onHand + units }, { kind: 'stock-replenished', quantity: units });
}
