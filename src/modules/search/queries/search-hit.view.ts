import { SearchCursor } from '../domain/search-cursor';

/** One product found by a search. */
export interface SearchHit {
  productId: string;
  name: string;
  /** Up to 30 words of description and reviews, matched words in `<b>`; other markup is escaped. */
  snippet: string;
  rating: { average: number; count: number };
  inStock: boolean;
  /** Relevance to `q` (higher is better); 0 when browsing without `q`. */
  score: number;
}

export interface CategoryCount {
  value: string;
  count: number;
}

/** The star counts `minRating` accepts as whole numbers, each a facet bucket. */
export const RATING_BUCKETS = [1, 2, 3, 4, 5] as const;
export type RatingBucket = `${(typeof RATING_BUCKETS)[number]}`;

/**
 * How many products each value of a filter would leave, given everything else asked for. A facet
 * ignores its own filter, so choosing a value never hides the others (categories combine with "or").
 */
export interface SearchFacets {
  /** Products per category, most first, then by name; the most frequent ones plus every requested one. */
  category: CategoryCount[];
  /** Key N: products rated at least N stars, i.e. what `minRating=N` would leave; unrated products count in none. */
  minRating: Record<RatingBucket, number>;
  /** Products in stock, i.e. what `inStock=true` would leave. */
  inStock: number;
}

export interface SearchResult {
  items: SearchHit[];
  /** Every product matching the criteria, including those past the reachable pages. */
  total: number;
  facets: SearchFacets;
  next: SearchCursor | null;
}
