/** The widths of the time buckets rollups keep and queries group by, all in UTC. */
export const BUCKETS = ['minute', 'hour', 'day', 'month'] as const;
export type Bucket = (typeof BUCKETS)[number];

const FIXED_MS: Record<Exclude<Bucket, 'month'>, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** The start of the bucket holding `at` (UTC). */
export function bucketStart(at: Date, bucket: Bucket): Date {
  if (bucket === 'month') return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const width = FIXED_MS[bucket];
  return new Date(Math.floor(at.getTime() / width) * width);
}

/** The start of the bucket `count` buckets after (or, negative, before) the one starting at `start`. */
export function shiftBuckets(start: Date, bucket: Bucket, count: number): Date {
  if (bucket === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + count, 1));
  return new Date(start.getTime() + count * FIXED_MS[bucket]);
}

/** The start of the bucket after the one starting at `start`. */
export const nextBucket = (start: Date, bucket: Bucket): Date => shiftBuckets(start, bucket, 1);

/** `at` if it starts a bucket, else the start of the next one. */
export function bucketCeil(at: Date, bucket: Bucket): Date {
  const start = bucketStart(at, bucket);
  return start.getTime() === at.getTime() ? start : nextBucket(start, bucket);
}

/** A half-open time range `[from, to)`. */
export interface TimeRange {
  from: Date;
  to: Date;
}

/**
 * Widens a range to whole buckets (`from` down to its bucket's start, `to` up to a bucket end), so
 * every bucket answered is complete and the answer states the range it covers.
 */
export function alignRange(range: TimeRange, bucket: Bucket): TimeRange {
  return { from: bucketStart(range.from, bucket), to: bucketCeil(range.to, bucket) };
}

/** How many buckets an aligned range holds. */
export function bucketCount(range: TimeRange, bucket: Bucket): number {
  if (bucket !== 'month') return Math.round((range.to.getTime() - range.from.getTime()) / FIXED_MS[bucket]);
  const months = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
  return months(range.to) - months(range.from);
}

/** A part of a range answered from one rollup level: the buckets of `level` in `[from, to)`. */
export interface LevelSegment extends TimeRange {
  level: Bucket;
}

/**
 * Covers a range aligned to the finest of `levels` with as few rollup rows as possible: the widest
 * level's whole buckets in the middle, finer levels only for the edges. `levels` go from finest to
 * widest; the segments are disjoint and together are exactly the range.
 */
export function coverRange(range: TimeRange, levels: readonly Bucket[]): LevelSegment[] {
  if (range.from >= range.to) return [];
  const [finest, ...wider] = levels;
  if (wider.length === 0) return [{ level: finest, ...range }];
  const widest = wider[wider.length - 1];
  const innerFrom = bucketCeil(range.from, widest);
  const innerTo = bucketStart(range.to, widest);
  if (innerFrom >= innerTo) return coverRange(range, levels.slice(0, -1));
  const finer = levels.slice(0, -1);
  return [
    ...coverRange({ from: range.from, to: innerFrom }, finer),
    { level: widest, from: innerFrom, to: innerTo },
    ...coverRange({ from: innerTo, to: range.to }, finer),
  ];
}
