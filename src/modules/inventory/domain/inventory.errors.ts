import { DomainError } from '../../../shared/domain/domain-error';

export class InvalidQuantityError extends DomainError {
  constructor(message: string) {
    super('invalid', message, 'inventory.invalid-quantity', 'quantity');
  }
}

export class StockNotFoundError extends DomainError {
  constructor(productId: string) {
    super('not-found', `inventory knows no product ${productId}`, 'inventory.product-not-found');
  }
}

export class InsufficientStockError extends DomainError {
  constructor(productId: string, requested: number, available: number) {
    super(
      'conflict',
      `only ${available} unit${available === 1 ? '' : 's'} of product ${productId} available, ${requested} requested`,
      'inventory.insufficient-stock',
    );
  }
}

export class StockCapacityExceededError extends DomainError {
  constructor(productId: string, max: number) {
    super(
      'conflict',
      `restocking would take product ${productId} above ${max} units on hand`,
      'inventory.capacity-exceeded',
    );
  }
}

/** Every attempt of a change lost to concurrent changes of the same stock; the client may retry. */
export class StockContendedError extends DomainError {
  constructor(productId: string) {
    super(
      'conflict',
      `the stock of product ${productId} changed concurrently too often to apply this change; retry`,
      'inventory.stock-contended',
    );
  }
}
