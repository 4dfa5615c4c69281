import { categories } from './categories';
import { InvalidProductError, StaleProductVersionError } from './catalog.errors';
import { Money, money } from './money';
import { sku } from './sku';

export const MAX_INITIAL_STOCK = 1_000_000;
export const NAME_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5000;

/** A catalog product; `version` counts its changes and is the version of its event stream. */
export interface Product {
  id: string;
  sku: string;
  name: string;
  description: string;
  price: Money;
  initialStock: number;
  categories: string[];
  version: number;
}

export interface NewProduct {
  sku: string;
  name: string;
  description: string;
  price: { amount: number; currency: string };
  initialStock: number;
  categories?: readonly string[];
}

export interface ProductChanges {
  name?: string;
  description?: string;
  price?: { amount: number; currency: string };
}

function text(field: string, value: string, max: number, allowEmpty: boolean): string {
  const trimmed = value.trim();
  // Code points, not UTF-16 units, so an emoji counts as one character, as the API documents it.
  const length = [...trimmed].length;
  if ((!allowEmpty && length === 0) || length > max) {
    throw new InvalidProductError(
      `${field} must be ${allowEmpty ? '0' : '1'}-${max} characters`,
      `catalog.invalid-${field}`,
      field,
    );
  }
  return trimmed;
}

export function createProduct(id: string, input: NewProduct): Product {
  if (!Number.isSafeInteger(input.initialStock) || input.initialStock < 0 || input.initialStock > MAX_INITIAL_STOCK) {
    throw new InvalidProductError(
      `initialStock must be a whole number between 0 and ${MAX_INITIAL_STOCK}`,
      'catalog.invalid-stock',
      'initialStock',
    );
  }
  return {
    id,
    sku: sku(input.sku),
    name: text('name', input.name, NAME_MAX_LENGTH, false),
    description: text('description', input.description, DESCRIPTION_MAX_LENGTH, true),
    price: money(input.price.amount, input.price.currency),
    initialStock: input.initialStock,
    categories: categories(input.categories ?? []),
    version: 1,
  };
}

/**
 * Applies changes; `expectedVersion` (from `If-Match`) guards against lost updates. Returns the
 * product unchanged (same version) when nothing actually changes, so no empty event is emitted.
 */
export function updateProduct(product: Product, changes: ProductChanges, expectedVersion?: number): Product {
  if (expectedVersion !== undefined && expectedVersion !== product.version) {
    throw new StaleProductVersionError(expectedVersion, product.version);
  }
  const next: Product = {
    ...product,
    name: changes.name === undefined ? product.name : text('name', changes.name, NAME_MAX_LENGTH, false),
    description:
      changes.description === undefined
        ? product.description
        : text('description', changes.description, DESCRIPTION_MAX_LENGTH, true),
    price: changes.price === undefined ? product.price : money(changes.price.amount, changes.price.currency),
  };
  const changed =
    next.name !== product.name ||
    next.description !== product.description ||
    next.price.amount !== product.price.amount ||
    next.price.currency !== product.price.currency;
  return changed ? { ...next, version: product.version + 1 } : product;
}

export function assertDeletable(product: Product, expectedVersion?: number): void {
  if (expectedVersion !== undefined && expectedVersion !== product.version) {
    throw new StaleProductVersionError(expectedVersion, product.version);
  }
}
