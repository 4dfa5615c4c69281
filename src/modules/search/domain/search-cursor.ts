import { createHash } from 'node:crypto';
import { SearchCriteria } from './search-criteria';
import { InvalidSearchError } from './search.errors';

/**
 * How deep a search can be paged. Results are ordered by a score computed per query, which no
 * index can seek to, so pages are offsets and a deep offset costs a scan of everything before it.
 */
export const MAX_REACHABLE_HITS = 1000;

/** The slice of the ordered hits one page returns. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * Where the next page starts, plus a fingerprint of the criteria it belongs to, so a cursor replayed
 * with other filters is refused instead of silently skipping or repeating hits.
 */
export interface SearchCursor {
  offset: number;
  criteria: string;
}

export function criteriaFingerprint(criteria: SearchCriteria): string {
  const { text, minRating, inStock, sort, categories } = criteria;
  // Categories join the key only when given, so cursors handed out before they existed stay valid.
  const key = JSON.stringify([text, minRating, inStock, sort, ...(categories.length > 0 ? [categories] : [])]);
  return createHash('sha256').update(key).digest('base64url').slice(0, 16);
}

/** The window starting at `offset`, shortened so no page reaches past the last reachable hit. */
function windowAt(offset: number, limit: number): PageWindow {
  return { offset, limit: Math.min(limit, MAX_REACHABLE_HITS - offset) };
}

export function firstPage(limit: number): PageWindow {
  return windowAt(0, limit);
}

/** The window a decoded cursor points at; a cursor this search did not hand out is the caller's mistake. */
export function pageFromCursor(cursor: unknown, criteria: SearchCriteria, limit: number): PageWindow {
  const { offset, criteria: fingerprint } = (cursor ?? {}) as Partial<SearchCursor>;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 1 || offset >= MAX_REACHABLE_HITS) {
    throw new InvalidSearchError(
      'cursor is malformed; pass the nextCursor of a previous page',
      'search.invalid-cursor',
      'cursor',
    );
  }
  if (fingerprint !== criteriaFingerprint(criteria)) {
    throw new InvalidSearchError(
      'cursor belongs to a search with other q, minRating, inStock, category or sort; start again without a cursor',
      'search.cursor-mismatch',
      'cursor',
    );
  }
  return windowAt(offset, limit);
}

/** The cursor of the page after `window`, or null when it was the last (reachable) page. */
export function cursorAfter(window: PageWindow, total: number, criteria: SearchCriteria): SearchCursor | null {
  const offset = window.offset + window.limit;
  if (offset >= total || offset >= MAX_REACHABLE_HITS) return null;
  return { offset, criteria: criteriaFingerprint(criteria) };
}
