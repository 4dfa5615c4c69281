import { SearchCriteria } from '../domain/search-criteria';

/** Collects a statement's parameters; `param` returns the placeholder of the value it adds. */
export interface SqlParams {
  values: unknown[];
  param(value: unknown): string;
}

export function sqlParams(): SqlParams {
  const values: unknown[] = [];
  return { values, param: (value) => `$${values.push(value)}` };
}

/** Rows of products that exist and are not deleted; every listed hit is one. */
export const LISTED = 'name IS NOT NULL AND NOT deleted';

/**
 * Each filter of the criteria as a condition on a document's columns (`true` when not asked for),
 * kept apart because each facet applies every filter but its own.
 */
export interface FilterConditions {
  rating: string;
  stock: string;
  category: string;
}

export function filterConditions(criteria: SearchCriteria, { param }: SqlParams): FilterConditions {
  return {
    rating: criteria.minRating === null ? 'true' : `rating_average >= ${param(criteria.minRating)}`,
    stock: criteria.inStock === null ? 'true' : `in_stock = ${param(criteria.inStock)}`,
    category: criteria.categories.length === 0 ? 'true' : `categories && ${param(criteria.categories)}::text[]`,
  };
}

export const allOf = ({ rating, stock, category }: FilterConditions) => `${rating} AND ${stock} AND ${category}`;
