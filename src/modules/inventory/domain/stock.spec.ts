import fc from 'fast-check';
import {
  InsufficientStockError,
  InvalidQuantityError,
  StockCapacityExceededError,
  StockNotFoundError,
} from './inventory.errors';
import { MAX_ON_HAND, MAX_RESERVATION_QUANTITY, MAX_RESTOCK_QUANTITY } from './quantity';
import { Stock, StockChange, availableUnits, openStock, reserve, restock } from './stock';

const PRODUCT = '0190a1b2-0000-7000-8000-000000000001';
const stock = (changes: Partial<Stock> = {}): Stock => ({ ...openStock(PRODUCT, 10), ...changes });
const reservation = (quantity: number) => ({ id: 'r-1', customerId: 'alice', quantity });
const kinds = (change: StockChange) => change.events.map((event) => event.kind);

describe('openStock', () => {
  it('puts the initial stock on hand with nothing reserved and no events yet', () => {
    expect(openStock(PRODUCT, 25)).toEqual({
      productId: PRODUCT,
      onHand: 25,
      reserved: 0,
      views: 0,
      deleted: false,
      version: 0,
    });
  });
});

describe('reserve', () => {
  it('sets the units aside and records the reservation with the levels after it', () => {
    const { stock: next, events } = reserve(stock({ version: 3 }), reservation(4));
    expect(next).toMatchObject({ onHand: 10, reserved: 4, version: 4 });
    expect(events).toEqual([
      {
        kind: 'stock-reserved',
        version: 4,
        levels: { onHand: 10, available: 6 },
        reservation: { id: 'r-1', productId: PRODUCT, customerId: 'alice', quantity: 4 },
      },
    ]);
  });

  it('adds out-of-stock on the next version when the last units are reserved', () => {
    const change = reserve(stock({ reserved: 7, version: 5 }), reservation(3));
    expect(kinds(change)).toEqual(['stock-reserved', 'out-of-stock']);
    expect(change.events.map((event) => event.version)).toEqual([6, 7]);
    expect(change.events[1].levels).toEqual({ onHand: 10, available: 0 });
    expect(change.stock.version).toBe(7);
  });

  it('refuses more units than are available and never goes below zero', () => {
    expect(() => reserve(stock({ reserved: 8 }), reservation(3))).toThrow(InsufficientStockError);
    expect(() => reserve(stock({ onHand: 0 }), reservation(1))).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'inventory.insufficient-stock' }),
    );
  });

  it.each([0, -1, 1.5, MAX_RESERVATION_QUANTITY + 1, Number.NaN])('rejects quantity %p', (quantity) => {
    expect(() => reserve(stock({ onHand: 5000 }), reservation(quantity))).toThrow(InvalidQuantityError);
  });

  it('accepts the largest allowed quantity', () => {
    expect(reserve(stock({ onHand: 5000 }), reservation(MAX_RESERVATION_QUANTITY)).stock.reserved).toBe(1000);
  });

  it('treats a deleted product as unknown', () => {
    expect(() => reserve(stock({ deleted: true }), reservation(1))).toThrow(StockNotFoundError);
  });
});

describe('restock', () => {
  it('adds units on hand and records the replenishment', () => {
    const change = restock(stock({ reserved: 2, version: 1 }), 5);
    expect(change.stock).toMatchObject({ onHand: 15, reserved: 2, version: 2 });
    expect(change.events).toEqual([
      { kind: 'stock-replenished', version: 2, quantity: 5, levels: { onHand: 15, available: 13 } },
    ]);
  });

  it('adds back-in-stock only when the stock was empty', () => {
    const empty = stock({ reserved: 10, version: 11 });
    const first = restock(empty, 3);
    expect(kinds(first)).toEqual(['stock-replenished', 'back-in-stock']);
    expect(first.events.map((event) => event.version)).toEqual([12, 13]);
    expect(kinds(restock(first.stock, 3))).toEqual(['stock-replenished']);
  });

  it.each([0, -1, 1.5, MAX_RESTOCK_QUANTITY + 1])('rejects quantity %p', (quantity) => {
    expect(() => restock(stock(), quantity)).toThrow(InvalidQuantityError);
  });

  it('refuses to take the stock above the most a product can hold', () => {
    expect(() => restock(stock({ onHand: MAX_ON_HAND }), 1)).toThrow(StockCapacityExceededError);
  });

  it('treats a deleted product as unknown', () => {
    expect(() => restock(stock({ deleted: true }), 1)).toThrow(StockNotFoundError);
  });
});

describe('any sequence of reservations and restocks', () => {
  const operation = fc.oneof(
    fc.record({ reserve: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ restock: fc.integer({ min: 1, max: 20 }) }),
  );

  it('keeps available stock ≥ 0, versions consecutive and transitions alternating', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.array(operation, { maxLength: 60 }), (initial, operations) => {
        let current = openStock(PRODUCT, initial);
        let inStock = initial > 0;
        for (const op of operations) {
          let change: StockChange;
          try {
            change = 'reserve' in op ? reserve(current, reservation(op.reserve)) : restock(current, op.restock);
          } catch (error) {
            expect(error).toBeInstanceOf(InsufficientStockError);
            continue;
          }
          expect(change.events.map((event) => event.version)).toEqual(
            change.events.map((_, index) => current.version + index + 1),
          );
          for (const event of change.events) {
            if (event.kind === 'out-of-stock') expect(inStock).toBe(true);
            if (event.kind === 'back-in-stock') expect(inStock).toBe(false);
            if (event.kind === 'out-of-stock' || event.kind === 'back-in-stock') inStock = !inStock;
          }
          current = change.stock;
          expect(availableUnits(current)).toBeGreaterThanOrEqual(0);
          expect(inStock).toBe(availableUnits(current) > 0);
        }
      }),
    );
  });
});
