import { InvalidSearchError } from './search.errors';

/** Longest `q` accepted: enough for any real query, short enough to keep ranking cheap. */
export const MAX_QUERY_LENGTH = 200;

/** How many `category` values one search may name (as many as a product may have). */
export const MAX_CATEGORY_FILTERS = 10;

/** The slugs catalog gives products (`catalog.product-created.v2`'s `categories`), so no other value can match. */
export const CATEGORY_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_CATEGORY_LENGTH = 50;

export const SEARCH_SORTS = ['relevance', 'rating', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** What a caller asked for, already shape-checked at the HTTP edge. */
export interface SearchRequest {
  q?: string;
  minRating?: number;
  inStock?: boolean;
  categories?: readonly string[];
  sort?: SearchSort;
}

/** What to match and how to order it; `null` (or no categories) means "no constraint". */
export interface SearchCriteria {
  text: string | null;
  minRating: number | null;
  inStock: boolean | null;
  /** A product in any of these matches; sorted and distinct, so equal filters look equal. */
  categories: string[];
  sort: SearchSort;
}

/**
 * Normalises a request: blank text means browsing (no text constraint), and the order defaults to
 * relevance when there is text and to newest otherwise. Relevance without text is refused because
 * every score would be 0, so the caller would get an arbitrary order that looks ranked.
 */
export function toSearchCriteria(request: SearchRequest): SearchCriteria {
  const text = request.q?.trim() || null;
  const sort = request.sort ?? (text ? 'relevance' : 'newest');
  if (sort === 'relevance' && !text) {
    throw new InvalidSearchError(
      'sort=relevance needs a non-blank q; use sort=newest or sort=rating to browse',
      'search.relevance-needs-query',
      'sort',
    );
  }
  return {
    text,
    minRating: request.minRating ?? null,
    inStock: request.inStock ?? null,
    categories: [...new Set(request.categories ?? [])].sort(),
    sort,
  };
}
