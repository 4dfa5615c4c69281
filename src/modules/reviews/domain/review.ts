import { reviewBody, reviewTitle } from './review-text';
import { ReviewForbiddenError, StaleReviewVersionError } from './reviews.errors';

/** A customer's review of a product; `version` is the version of its event stream. */
export interface Review {
  id: string;
  productId: string;
  authorId: string;
  title: string;
  body: string;
  version: number;
}

export interface ReviewText {
  title: string;
  body: string;
}

export type ReviewChanges = Partial<ReviewText>;

/** Who asks for a change: the authenticated user. */
export interface Requester {
  id: string;
  isAdmin: boolean;
}

/** Why a review went away; carried by `reviews.review-deleted.v1`. */
export type DeletedBy = 'author' | 'admin' | 'product-deleted';

export function writeReview(id: string, productId: string, authorId: string, text: ReviewText): Review {
  return { id, productId, authorId, title: reviewTitle(text.title), body: reviewBody(text.body), version: 1 };
}

function assertVersion(review: Review, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== review.version) {
    throw new StaleReviewVersionError(expectedVersion, review.version);
  }
}

/**
 * Only the author edits, admins included: a review speaks for its author. Returns the review
 * unchanged (same version) when the text does not actually change, so no empty event is emitted.
 */
export function editReview(
  review: Review,
  editor: Requester,
  changes: ReviewChanges,
  expectedVersion?: number,
): Review {
  if (editor.id !== review.authorId) throw new ReviewForbiddenError('edit');
  assertVersion(review, expectedVersion);
  const title = changes.title === undefined ? review.title : reviewTitle(changes.title);
  const body = changes.body === undefined ? review.body : reviewBody(changes.body);
  if (title === review.title && body === review.body) return review;
  return { ...review, title, body, version: review.version + 1 };
}

/** The author or an admin may delete; returns who did it, the author taking precedence. */
export function deleteReview(review: Review, requester: Requester, expectedVersion?: number): DeletedBy {
  const deletedBy = requester.id === review.authorId ? 'author' : requester.isAdmin ? 'admin' : undefined;
  if (!deletedBy) throw new ReviewForbiddenError('delete');
  assertVersion(review, expectedVersion);
  return deletedBy;
}
