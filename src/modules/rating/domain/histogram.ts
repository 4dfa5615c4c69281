import { ALL_STARS, Stars } from './stars';

/** Number of current ratings per star value; the exact state a product's average derives from. */
export type Histogram = Record<Stars, number>;

export function emptyHistogram(): Histogram {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

/**
 * Moves one customer's vote from `from` to `to` (null = no vote), so a first rating, a re-rating
 * and a removal are the same operation.
 */
export function applyVoteChange(histogram: Histogram, from: Stars | null, to: Stars | null): Histogram {
  const next = { ...histogram };
  if (from !== null) {
    // A vote can only leave a bucket it was counted in; anything else means the tally is corrupt.
    if (next[from] === 0) throw new Error(`cannot remove a ${from}-star vote from an empty bucket`);
    next[from] -= 1;
  }
  if (to !== null) next[to] += 1;
  return next;
}

export function countOf(histogram: Histogram): number {
  return ALL_STARS.reduce((count, stars) => count + histogram[stars], 0);
}

export function sumOf(histogram: Histogram): number {
  return ALL_STARS.reduce((sum, stars) => sum + stars * histogram[stars], 0);
}

/**
 * Mean stars rounded half-up to 2 decimals, 0 without votes. Computed from integer counts every
 * time (never a running float), so it cannot drift however many changes it has seen.
 */
export function averageOf(histogram: Histogram): number {
  const count = countOf(histogram);
  if (count === 0) return 0;
  return Math.round((sumOf(histogram) * 100) / count) / 100;
}
