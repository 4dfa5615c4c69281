import { InvalidProductError } from './catalog.errors';

export const MAX_CATEGORIES = 10;
export const CATEGORY_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_CATEGORY_LENGTH = 50;

/** Up to 10 distinct lower-case slugs (`lighting`, `home-office`), in the order given. */
export function categories(raw: readonly string[]): string[] {
  const unique = [...new Set(raw)];
  if (unique.length > MAX_CATEGORIES) {
    throw new InvalidProductError(
      `categories may hold at most ${MAX_CATEGORIES} entries`,
      'catalog.invalid-categories',
      'categories',
    );
  }
  const invalid = unique.find((slug) => !CATEGORY_SLUG.test(slug) || slug.length > MAX_CATEGORY_LENGTH);
  if (invalid !== undefined) {
    throw new InvalidProductError(
      `category "${invalid}" must be a lower-case slug of letters, digits and single dashes (at most ${MAX_CATEGORY_LENGTH} characters)`,
      'catalog.invalid-categories',
      'categories',
    );
  }
  return unique;
}
