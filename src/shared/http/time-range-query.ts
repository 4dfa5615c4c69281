import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Bucket, TimeRange, alignRange, bucketCeil, bucketCount, shiftBuckets } from '../time/time-bucket';
import { ProblemException } from './problem.exception';

/** An ISO 8601 date, or date and time with a zone (`Z` or an offset). */
export const TIMESTAMP_PATTERN =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$/;

/** A query parameter bounding a time range (`from` or `to`), documented and validated alike everywhere. */
export function TimestampParameter(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ format: 'date-time', example: '2026-01-15T00:00:00Z', description }),
    IsOptional(),
    Matches(TIMESTAMP_PATTERN, { message: '$property must be an ISO 8601 timestamp such as 2026-01-15T00:00:00Z' }),
  );
}

/** How a range is resolved when `from` or `to` is missing, and how many buckets it may hold. */
export interface RangeRules {
  /** `from` when missing: `to` minus this many buckets, or the given instant. */
  defaultFrom: number | Date;
  maxBuckets: number;
}

function instant(field: string, value: string): Date {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw ProblemException.badField(field, `${field} is not a valid date: ${value}`);
  return parsed;
}

/**
 * `from`/`to` of a query as a range widened to whole buckets (`to` defaults to now). 400 when `from`
 * is not before `to`, a value is not a real date, or the range holds more than `maxBuckets` buckets.
 */
export function resolveRange(
  query: { from?: string; to?: string },
  bucket: Bucket,
  rules: RangeRules,
  now = new Date(),
): TimeRange {
  const to = query.to !== undefined ? instant('to', query.to) : now;
  const from =
    query.from !== undefined
      ? instant('from', query.from)
      : rules.defaultFrom instanceof Date
        ? rules.defaultFrom
        : shiftBuckets(bucketCeil(to, bucket), bucket, -rules.defaultFrom);
  if (from >= to) throw ProblemException.badField('from', 'from must be before to');
  const range = alignRange({ from, to }, bucket);
  const buckets = bucketCount(range, bucket);
  if (buckets > rules.maxBuckets) {
    throw ProblemException.badField(
      'from',
      `the range holds ${buckets} ${bucket} buckets, at most ${rules.maxBuckets} are answered: narrow it or use a wider bucket`,
    );
  }
  return range;
}
