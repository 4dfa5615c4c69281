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

export interface SearchResult {
  items: SearchHit[];
  /** Every product matching the criteria, including those past the reachable pages. */
  total: number;
  next: SearchCursor | null;
}
