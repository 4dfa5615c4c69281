import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { TimestampParameter } from '../../shared/http/time-range-query';
import { ValidatedSchema } from '../../shared/http/validated-schema.decorator';
import { EVENT_TYPE_PATTERN } from '../event-log/event-type-pattern';

/** The bucket widths event counts are kept and answered at. */
export const EVENT_COUNT_BUCKETS = ['minute', 'hour', 'day'] as const;
export type EventCountBucket = (typeof EVENT_COUNT_BUCKETS)[number];

@ValidatedSchema()
export class AnalyticsEventsQueryDto {
  @ApiPropertyOptional({ example: 'reviews.*', description: 'An exact type, or a prefix ending in `*`; default all' })
  @IsOptional()
  @Length(1, 200)
  @Matches(EVENT_TYPE_PATTERN, {
    message: 'type must be lower-case letters, digits, "." and "-", with "*" only at the end',
  })
  type?: string;

  @ApiPropertyOptional({ enum: EVENT_COUNT_BUCKETS, default: 'day', description: 'Bucket width (UTC)' })
  @IsOptional()
  @IsIn(EVENT_COUNT_BUCKETS)
  bucket: EventCountBucket = 'day';

  @TimestampParameter('Start, rounded down to its bucket; default 30 buckets before `to`')
  from?: string;

  @TimestampParameter('End (exclusive), rounded up to a bucket end; default now')
  to?: string;
}
