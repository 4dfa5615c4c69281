import { TimeRange } from '../../../../shared/time/time-bucket';
import { TrendBucket } from '../../domain/rating-trend';

export class GetRatingTrendQuery {
  constructor(
    readonly productId: string,
    readonly bucket: TrendBucket,
    /** Aligned to whole buckets. */
    readonly range: TimeRange,
  ) {}
}
