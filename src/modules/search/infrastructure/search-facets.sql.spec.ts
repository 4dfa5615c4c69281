import { toSearchCriteria } from '../domain/search-criteria';
import { FacetRow, toFacets } from './search-facets.sql';

const row: FacetRow = {
  total: 3,
  inStockCount: 2,
  categoryCounts: [
    { value: 'music', count: 3 },
    { value: 'wood', count: 1 },
  ],
  minRating1: 3,
  minRating2: 3,
  minRating3: 2,
  minRating4: 1,
  minRating5: 0,
};

describe('toFacets', () => {
  it('keys the rating buckets by the minRating each stands for', () => {
    expect(toFacets(row, toSearchCriteria({})).minRating).toEqual({ '1': 3, '2': 3, '3': 2, '4': 1, '5': 0 });
  });

  it('lists a requested category no product has after the counted ones, with 0', () => {
    const facets = toFacets(row, toSearchCriteria({ categories: ['wood', 'brass'] }));

    expect(facets.category).toEqual([
      { value: 'music', count: 3 },
      { value: 'wood', count: 1 },
      { value: 'brass', count: 0 },
    ]);
    expect(facets.inStock).toBe(2);
  });
});
