import { ReviewFact, evolveReviewIds } from './product-reviews';

const fold = (facts: ReviewFact[]) => facts.reduce(evolveReviewIds, new Set<string>());

describe('evolveReviewIds', () => {
  it("counts a product's reviews as they are written and removed", () => {
    expect(fold([]).size).toBe(0);
    const ids = fold([
      { kind: 'added', reviewId: 'a' },
      { kind: 'added', reviewId: 'b' },
      { kind: 'removed', reviewId: 'a' },
      { kind: 'added', reviewId: 'c' },
    ]);
    expect([...ids].sort()).toEqual(['b', 'c']);
  });

  it('is not moved by a repeated fact or the removal of a review it never saw', () => {
    const ids = fold([
      { kind: 'added', reviewId: 'a' },
      { kind: 'added', reviewId: 'a' },
      { kind: 'removed', reviewId: 'x' },
    ]);
    expect(ids.size).toBe(1);
  });

  it('returns the same set when nothing changes', () => {
    const ids = fold([{ kind: 'added', reviewId: 'a' }]);
    expect(evolveReviewIds(ids, { kind: 'added', reviewId: 'a' })).toBe(ids);
  });
});
