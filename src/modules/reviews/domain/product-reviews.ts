/** What happened to one of a product's reviews: it was written, or removed. */
export interface ReviewFact {
  kind: 'added' | 'removed';
  reviewId: string;
}

/**
 * The ids of a product's current reviews after one more fact. A set rather than a counter, so a
 * repeated or out-of-place fact (a removal of a review never seen) cannot push the count off.
 */
export function evolveReviewIds(ids: ReadonlySet<string>, { kind, reviewId }: ReviewFact): ReadonlySet<string> {
  if ((kind === 'added') === ids.has(reviewId)) return ids;
  const next = new Set(ids);
  if (kind === 'added') next.add(reviewId);
  else next.delete(reviewId);
  return next;
}
