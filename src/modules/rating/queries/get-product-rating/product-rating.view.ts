import { Histogram } from '../../domain/histogram';

/** A product's rating summary as clients read it. */
export interface ProductRatingView {
  productId: string;
  average: number;
  count: number;
  histogram: Histogram;
}
