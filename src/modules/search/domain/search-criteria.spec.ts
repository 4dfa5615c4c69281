import { toSearchCriteria } from './search-criteria';
import { InvalidSearchError } from './search.errors';

describe('toSearchCriteria', () => {
  it('orders by relevance by default when there is text', () => {
    expect(toSearchCriteria({ q: 'lamp' }).sort).toBe('relevance');
  });

  it('orders by newest by default when browsing without text', () => {
    expect(toSearchCriteria({}).sort).toBe('newest');
  });

  it('treats blank text as browsing', () => {
    expect(toSearchCriteria({ q: '   ' })).toEqual({
      text: null,
      minRating: null,
      inStock: null,
      categories: [],
      sort: 'newest',
    });
  });

  it('trims the text it matches', () => {
    expect(toSearchCriteria({ q: '  desk lamp ' }).text).toBe('desk lamp');
  });

  it('keeps an explicit order and the filters', () => {
    expect(toSearchCriteria({ q: 'lamp', sort: 'rating', minRating: 0, inStock: false })).toEqual({
      text: 'lamp',
      minRating: 0,
      inStock: false,
      categories: [],
      sort: 'rating',
    });
  });

  it('keeps each category once, in one order, so equal filters compare equal', () => {
    expect(toSearchCriteria({ categories: ['lighting', 'home-office', 'lighting'] }).categories).toEqual([
      'home-office',
      'lighting',
    ]);
  });

  it('refuses relevance order without text', () => {
    expect(() => toSearchCriteria({ q: ' ', sort: 'relevance' })).toThrow(InvalidSearchError);
  });
});
