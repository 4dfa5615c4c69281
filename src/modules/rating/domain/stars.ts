import { InvalidStarsError } from './rating.errors';

/** A customer's verdict on a product: whole stars from 1 to 5. */
export type Stars = 1 | 2 | 3 | 4 | 5;

export const MIN_STARS = 1;
export const MAX_STARS = 5;
export const ALL_STARS: readonly Stars[] = [1, 2, 3, 4, 5];

function isStars(value: unknown): value is Stars {
  return Number.isInteger(value) && (value as number) >= MIN_STARS && (value as number) <= MAX_STARS;
}

/** Accepts only a JSON integer 1..5: "4" or 3.5 are refused rather than coerced, so clients see their mistake. */
export function toStars(value: unknown): Stars {
  if (!isStars(value)) throw new InvalidStarsError();
  return value;
}
