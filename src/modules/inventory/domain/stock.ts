import { AvailabilityTransition, availabilityTransition } from './availability-transition';
import { InsufficientStockError, StockCapacityExceededError, StockNotFoundError } from './inventory.errors';
import { MAX_ON_HAND, MAX_RESERVATION_QUANTITY, MAX_RESTOCK_QUANTITY, quantity } from './quantity';

/**
 * Stock of one product as the fold of its event stream `inventory.stock:<productId>`; `version` is
 * the stream version of the last event folded in. A product with no stream has no stock (undefined).
 */
export interface Stock {
  productId: string;
  onHand: number;
  reserved: number;
  /** The catalog deleted the product: it can no longer be read, reserved or restocked (a tombstone). */
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
  | { kind: 'stock-opened' }
  | { kind: 'stock-reserved'; reservation: Reservation }
  | { kind: 'stock-replenished'; quantity: number }
  | { kind: AvailabilityTransition }
  | { kind: 'stock-closed' };

/** Something that happened to a stock, with its stream version and the levels right after the change. */
export type StockEvent = StockFact & { version: number; levels: StockLevels };

/** A decision: the stock before it (undefined for a new stream), after it, and the events that lead there. */
export interface StockChange {
  before: Stock | undefined;
  stock: Stock;
  events: StockEvent[];
}

export const availableUnits = (stock: Pick<Stock, 'onHand' | 'reserved'>): number => stock.onHand - stock.reserved;

const levelsOf = (stock: Pick<Stock, 'onHand' | 'reserved'>): StockLevels => ({
  onHand: stock.onHand,
  available: availableUnits(stock),
});

/**
 * Opens the stock of a product the catalog created (its event schema guarantees a whole number ≥ 0).
 * Undefined when the stream already has events: a redelivered creation, or a product deleted before
 * its creation arrived, whose tombstone must stay.
 */
export function openStock(
  current: Stock | undefined,
  productId: string,
  initialStock: number,
): StockChange | undefined {
  if (current) return undefined;
  const stock: Stock = { productId, onHand: initialStock, reserved: 0, deleted: false, version: 1 };
  return { before: undefined, stock, events: [{ kind: 'stock-opened', version: 1, levels: levelsOf(stock) }] };
}

/**
 * Retires the stock of a deleted product, also when its creation has not arrived yet (the stream
 * then starts with the tombstone). Undefined when it is already closed.
 */
export function closeStock(current: Stock | undefined, productId: string): StockChange | undefined {
  if (current?.deleted) return undefined;
  const before = current ?? { productId, onHand: 0, reserved: 0, deleted: false, version: 0 };
  const stock: Stock = { ...before, deleted: true, version: before.version + 1 };
  return {
    before: current,
    stock,
    events: [{ kind: 'stock-closed', version: stock.version, levels: levelsOf(stock) }],
  };
}

function assertActive(stock: Stock | undefined, productId: string): asserts stock is Stock {
  if (!stock || stock.deleted) throw new StockNotFoundError(productId);
}

/** The primary event, then the availability transition if the change crossed zero, on consecutive versions. */
function change(before: Stock, after: Omit<Stock, 'version'>, fact: StockFact): StockChange {
  const levels = levelsOf(after);
  const events: StockEvent[] = [{ ...fact, version: before.version + 1, levels }];
  const transition = availabilityTransition(availableUnits(before), levels.available);
  if (transition) events.push({ kind: transition, version: before.version + 2, levels });
  return { before, stock: { ...after, version: before.version + events.length }, events };
}

/** Sets units aside for a customer; refuses rather than let available stock go below zero. */
export function reserve(
  stock: Stock | undefined,
  productId: string,
  request: Omit<Reservation, 'productId'>,
): StockChange & { reservation: Reservation } {
  const units = quantity(request.quantity, MAX_RESERVATION_QUANTITY);
  assertActive(stock, productId);
  const available = availableUnits(stock);
  if (units > available) throw new InsufficientStockError(productId, units, available);
  const reservation: Reservation = { ...request, productId, quantity: units };
  const reserved = change(
    stock,
    { ...stock, reserved: stock.reserved + units },
    { kind: 'stock-reserved', reservation },
  );
  return { ...reserved, reservation };
}

export function restock(stock: Stock | undefined, productId: string, requested: number): StockChange {
  const units = quantity(requested, MAX_RESTOCK_QUANTITY);
  assertActive(stock, productId);
  if (stock.onHand + units > MAX_ON_HAND) throw new StockCapacityExceededError(productId, MAX_ON_HAND);
  return change(stock, { ...stock, onHand: stock.onHand + units }, { kind: 'stock-replenished', quantity: units });
}
