import { StoredReview } from '../infrastructure/review.repository';

/** The public read model of a review. */
export interface ReviewView {
  id: string;
  productId: string;
  authorId: string;
  title: string;
  body: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toReviewView(row: StoredReview): ReviewView {
  return {
    id: row.id,
    productId: row.productId,
    authorId: row.authorId,
    title: row.title,
    body: row.body,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
