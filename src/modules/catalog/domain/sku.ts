import { InvalidProductError } from './catalog.errors';

const SKU = /^[A-Z0-9][A-Z0-9._-]{1,63}$/;

/** The characters of a SKU as clients may write it, in either case (it is stored upper-case); 2-64 of them. */
export const SKU_INPUT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Stock keeping unit: 2–64 characters, upper-case letters, digits, `.`, `_` and `-`; stored upper-case. */
export function sku(raw: string): string {
  const value = raw.trim().toUpperCase();
  if (!SKU.test(value)) {
    throw new InvalidProductError(
      'sku must be 2-64 characters of letters, digits, ".", "_" or "-", starting with a letter or digit',
      'catalog.invalid-sku',
      'sku',
    );
  }
  return value;
}
