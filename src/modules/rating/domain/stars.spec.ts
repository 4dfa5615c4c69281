import { InvalidStarsError } from './rating.errors';
import { toStars } from './stars';

describe('stars', () => {
  it.each([1, 2, 3, 4, 5])('accepts %p', (value) => {
    expect(toStars(value)).toBe(value);
  });

  it.each([0, 6, -1, 3.5, '4', null, undefined, Number.NaN, Infinity, true, [4], { stars: 4 }])(
    'refuses %p',
    (value) => {
      expect(() => toStars(value)).toThrow(InvalidStarsError);
    },
  );
});
