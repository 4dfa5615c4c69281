import { SearchCriteria } from '../domain/search-criteria';
import { CategoryCount, RATING_BUCKETS, SearchFacets } from '../queries/search-hit.view';
import { FilterConditions, SqlParams } from './search-sql';

/** How many categories the facet lists (besides the requested ones): enough for any filter menu. */
export const MAX_CATEGORY_FACETS = 50;

/** The row `facetsOf` selects. */
export interface FacetRow {
  total: number;
  inStockCount: number;
  categoryCounts: CategoryCount[];
  [minRating: `minRating${number}`]: number;
}

/**
 * Selects the total and every facet over `source`, a FROM item of the products to count (those
 * matching the text, or all listed ones; filters not applied). Each facet leaves its own filter out.
 * The products are counted per distinct set of categories first, in one pass (a catalogue has far
 * fewer sets than products, and `documents_facets_idx` hands them over already sorted by set); the
 * category filter then applies to whole sets, and each category adds up the sets holding it.
 */
export function facetsOf(source: string, filters: FilterConditions, criteria: SearchCriteria, sql: SqlParams): string {
  const { rating, stock, category } = filters;
  const requested = criteria.categories.length === 0 ? `'{}'::text[]` : `${sql.param(criteria.categories)}::text[]`;
  const sum = (column: string) => `coalesce(sum(${column}) FILTER (WHERE ${category}), 0)::int`;
  // Counts as int, so the sums below add integers instead of numerics.
  const buckets = RATING_BUCKETS.map(
    (stars) => `(count(*) FILTER (WHERE ${stock} AND rating_average >= ${stars}))::int AS r${stars}`,
  );
  return `
    WITH sets AS (
      SELECT categories, (count(*) FILTER (WHERE ${rating} AND ${stock}))::int AS listed,
             (count(*) FILTER (WHERE ${rating} AND in_stock))::int AS in_stock, ${buckets.join(', ')}
      FROM ${source} GROUP BY categories
    )
    SELECT ${sum('listed')} AS total, ${sum('in_stock')} AS "inStockCount",
           ${RATING_BUCKETS.map((stars) => `${sum(`r${stars}`)} AS "minRating${stars}"`).join(', ')},
           (SELECT coalesce(json_agg(json_build_object('value', value, 'count', count) ORDER BY count DESC, value), '[]')
            FROM (SELECT value, sum(listed)::int AS count, row_number() OVER (ORDER BY sum(listed) DESC, value) AS place
                  FROM sets, unnest(categories) value GROUP BY value HAVING sum(listed) > 0) counted
            WHERE place <= ${MAX_CATEGORY_FACETS} OR value = ANY (${requested})) AS "categoryCounts"
    FROM sets`;
}

/** The facets of a statement's row; a requested category no product has is listed with 0. */
export function toFacets(row: FacetRow, criteria: SearchCriteria): SearchFacets {
  const listed = new Set(row.categoryCounts.map(({ value }) => value));
  const absent = criteria.categories.filter((value) => !listed.has(value)).map((value) => ({ value, count: 0 }));
  const minRating = Object.fromEntries(RATING_BUCKETS.map((stars) => [stars, row[`minRating${stars}`]]));
  return {
    category: [...row.categoryCounts, ...absent],
    minRating: minRating as SearchFacets['minRating'],
    inStock: row.inStockCount,
  };
}
