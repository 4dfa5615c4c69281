import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TimestampParameter } from '../../../shared/http/time-range-query';
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import { TREND_BUCKETS, TrendBucket } from '../domain/rating-trend';

@ValidatedSchema()
export class RatingTrendRequest {
  @ApiPropertyOptional({ enum: TREND_BUCKETS, default: 'day', description: 'Bucket width (UTC)' })
  @IsOptional()
  @IsIn(TREND_BUCKETS)
  bucket: TrendBucket = 'day';

  @TimestampParameter('Start, rounded down to its bucket; default 30 buckets before `to`')
  from?: string;

  @TimestampParameter('End (exclusive), rounded up to a bucket end; default now')
  to?: string;
}
