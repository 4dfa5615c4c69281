import { InvalidProductError } from './catalog.errors';

const SKU = /^[A-Z0-9][A-Z0-9._-]{1,63}$/;

/** Stock keeping unit: 2–64 characters, upper-case letters, digits, `.`, `_` and `-`; stored upper-case. */
export function sku(raw: string): string {
  const value = raw.trim().toUpperCase();
  if (!SKU.test(value)) {
    throw new InvalidProductError(
      'sku must be 2-64 characters of letters, digits, ".", "_" or "-", starting with a letter or digit',
      'catalog.invalid-sku',
    );
  }
  return value;
}
