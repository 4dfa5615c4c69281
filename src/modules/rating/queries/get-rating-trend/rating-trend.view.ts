import { TrendBucket } from '../../domain/rating-trend';

/** A product's rating at the end of each bucket of a range, as clients read it. */
export interface RatingTrendView {
  productId: string;
  bucket: TrendBucket;
  from: string;
  to: string;
  points: { bucket: string; end: string; count: number; average: number }[];
}
