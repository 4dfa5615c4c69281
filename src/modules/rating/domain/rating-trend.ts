import { Bucket, bucketStart, nextBucket } from '../../../shared/time/time-bucket';
import { Histogram, averageOf, countOf, emptyHistogram } from './histogram';

/** The bucket widths a rating trend is kept and answered at. */
export const TREND_BUCKETS = ['hour', 'day'] as const satisfies readonly Bucket[];
export type TrendBucket = (typeof TREND_BUCKETS)[number];

/** A product's rating summary as announced: its histogram, the summary's version and when. */
export interface AnnouncedSummary {
  productId: string;
  histogram: Histogram;
  version: number;
  occurredAt: Date;
}

/** The last summary of a product in one bucket of one width: the state at the end of that bucket. */
export interface TrendPoint {
  productId: string;
  level: TrendBucket;
  bucket: Date;
  histogram: Histogram;
  version: number;
}

/**
 * Folds announced summaries into trend points: for each product, width and bucket, the summary with
 * the highest version wins (the latest state in the bucket, whatever order the events came in).
 */
export function foldTrendPoints(summaries: readonly AnnouncedSummary[]): TrendPoint[] {
  const points = new Map<string, TrendPoint>();
  for (const summary of summaries) {
    for (const level of TREND_BUCKETS) {
      const bucket = bucketStart(summary.occurredAt, level);
      const productId = summary.productId.toLowerCase();
      const key = `${productId}/${level}/${bucket.toISOString()}`;
      const known = points.get(key);
      if (known !== undefined && known.version >= summary.version) continue;
      points.set(key, { productId, level, bucket, histogram: summary.histogram, version: summary.version });
    }
  }
  return [...points.values()];
}

/** The rating at the end of one bucket. */
export interface TrendValue {
  bucket: Date;
  end: Date;
  count: number;
  average: number;
}

/**
 * The rating at the end of every bucket of `[from, to)`: the last point at or before that bucket,
 * carried forward through buckets without changes, starting from `before` (the last point before
 * `from`) or no ratings at all.
 */
export function trendSeries(
  level: TrendBucket,
  from: Date,
  to: Date,
  points: readonly { bucket: Date; histogram: Histogram }[],
  before?: Histogram,
): TrendValue[] {
  const byBucket = new Map(points.map((point) => [point.bucket.getTime(), point.histogram]));
  const series: TrendValue[] = [];
  let current = before ?? emptyHistogram();
  for (let bucket = from; bucket < to; bucket = nextBucket(bucket, level)) {
    current = byBucket.get(bucket.getTime()) ?? current;
    series.push({ bucket, end: nextBucket(bucket, level), count: countOf(current), average: averageOf(current) });
  }
  return series;
}
