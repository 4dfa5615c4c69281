import { RatingNotFoundError } from './rating.errors';
import { Stars } from './stars';

/**
 * One customer's rating of one product. `stars` is null before the first rating and after a
 * removal; `version` counts changes and is the version of the stream `rating.rating:<product>:<user>`.
 */
export interface CustomerRating {
  productId: string;
  userId: string;
  stars: Stars | null;
  version: number;
}

export type RatingChange =
  { kind: 'rated'; stars: Stars; previousStars: Stars | null } | { kind: 'removed'; previousStars: Stars };

/** The rating after a command, and what changed (nothing when the command repeats the current state). */
export interface RatingDecision {
  rating: CustomerRating;
  change?: RatingChange;
}

export function unrated(productId: string, userId: string): CustomerRating {
  return { productId, userId, stars: null, version: 0 };
}

export function rate(current: CustomerRating, stars: Stars): RatingDecision {
  if (current.stars === stars) return { rating: current };
  return {
    rating: { ...current, stars, version: current.version + 1 },
    change: { kind: 'rated', stars, previousStars: current.stars },
  };
}

export function removeRating(current: CustomerRating): Required<RatingDecision> {
  if (current.stars === null) throw new RatingNotFoundError(current.productId);
  return {
    rating: { ...current, stars: null, version: current.version + 1 },
    change: { kind: 'removed', previousStars: current.stars },
  };
}
