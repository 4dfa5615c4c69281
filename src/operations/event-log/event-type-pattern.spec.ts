import { EVENT_TYPE_PATTERN, typeCondition } from './event-type-pattern';

describe('event type filter', () => {
  it.each(['reviews.review-added.v1', 'reviews.*', 'reviews.review-*', '*'])('accepts %s', (pattern) => {
    expect(EVENT_TYPE_PATTERN.test(pattern)).toBe(true);
  });

  it.each(['Reviews.*', 'reviews.*.v1', 'reviews.**', 'reviews_x', 'reviews.%', "reviews'"])(
    'rejects %s',
    (pattern) => {
      expect(EVENT_TYPE_PATTERN.test(pattern)).toBe(false);
    },
  );

  it('matches a plain type exactly and a starred one as a prefix', () => {
    expect(typeCondition('reviews.review-added.v1', '$3')).toEqual({
      sql: 'type = $3',
      value: 'reviews.review-added.v1',
    });
    expect(typeCondition('reviews.review-*', '$3')).toEqual({ sql: 'type LIKE $3', value: 'reviews.review-%' });
  });
});
