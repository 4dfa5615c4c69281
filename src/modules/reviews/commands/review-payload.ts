import { ReviewPayload } from '../contracts';
import { Review } from '../domain/review';

/** The full snapshot carried by review-added and review-updated. */
export const reviewPayload = (review: Review): ReviewPayload => ({
  reviewId: review.id,
  productId: review.productId,
  authorId: review.authorId,
  title: review.title,
  body: review.body,
});
