import { DomainError } from '../../../shared/domain/domain-error';

export class InvalidProductError extends DomainError {
  constructor(message: string, code: string, field: string) {
    super('invalid', message, code, field);
  }
}

export class ProductNotFoundError extends DomainError {
  constructor(productId: string) {
    super('not-found', `product ${productId} does not exist`, 'catalog.product-not-found');
  }
}

export class DuplicateSkuError extends DomainError {
  constructor(sku: string) {
    super('conflict', `a product with sku ${sku} already exists`, 'catalog.duplicate-sku');
  }
}

export class StaleProductVersionError extends DomainError {
  constructor(expected: number, actual: number) {
    super('precondition-failed', `product is at version ${actual}, not ${expected}`, 'catalog.stale-version');
  }
}
