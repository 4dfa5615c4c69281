import { rate, removeRating, unrated } from './customer-rating';
import { RatingNotFoundError } from './rating.errors';

describe('customer rating', () => {
  const fresh = unrated('p1', 'u1');

  it('records a first rating as version 1 without previous stars', () => {
    const { rating, change } = rate(fresh, 4);
    expect(rating).toEqual({ productId: 'p1', userId: 'u1', stars: 4, version: 1 });
    expect(change).toEqual({ kind: 'rated', stars: 4, previousStars: null });
  });

  it('records a re-rating with the stars it replaces', () => {
    const { rating, change } = rate(rate(fresh, 4).rating, 2);
    expect(rating).toMatchObject({ stars: 2, version: 2 });
    expect(change).toEqual({ kind: 'rated', stars: 2, previousStars: 4 });
  });

  it('treats re-rating with the same stars as no change', () => {
    const rated = rate(fresh, 5).rating;
    expect(rate(rated, 5)).toEqual({ rating: rated });
  });

  it('removes a rating and remembers what it was', () => {
    const { rating, change } = removeRating(rate(fresh, 3).rating);
    expect(rating).toMatchObject({ stars: null, version: 2 });
    expect(change).toEqual({ kind: 'removed', previousStars: 3 });
  });

  it('rates again after a removal without previous stars', () => {
    const removed = removeRating(rate(fresh, 3).rating).rating;
    expect(rate(removed, 1).change).toEqual({ kind: 'rated', stars: 1, previousStars: null });
    expect(rate(removed, 1).rating.version).toBe(3);
  });

  it('refuses to remove a rating that does not exist', () => {
    expect(() => removeRating(fresh)).toThrow(RatingNotFoundError);
    expect(() => removeRating(removeRating(rate(fresh, 3).rating).rating)).toThrow(RatingNotFoundError);
  });
});
