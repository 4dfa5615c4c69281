import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { EVENT_TYPE_PATTERN } from './event-type-pattern';

/** A position as clients send it: digits, at most 18 so it always fits a Postgres bigint. */
export const POSITION_PATTERN = /^(0|[1-9][0-9]{0,17})$/;

/** Where a read of the event store starts: after a known position, or from a page's `nextCursor`. */
export class EventPositionQueryDto {
  @ApiPropertyOptional({
    example: '1042',
    pattern: POSITION_PATTERN.source,
    description: 'Only events after this position (e.g. the last `position` seen); default 0',
  })
  @IsOptional()
  @Matches(POSITION_PATTERN, { message: 'after must be an event position: digits, at most 18' })
  after?: string;

  @ApiPropertyOptional({ maxLength: 512, description: 'The `nextCursor` of the previous page (instead of `after`)' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

/** What a filter on event type accepts. */
const TypeFilter = () =>
  ApiPropertyOptional({
    example: 'reviews.*',
    pattern: EVENT_TYPE_PATTERN.source,
    description:
      'An exact type (`reviews.review-added.v1`) or a prefix ending in `*` (`reviews.*`, `reviews.review-*`)',
  });

export class EventLogQueryDto extends EventPositionQueryDto {
  @TypeFilter()
  @IsOptional()
  @Length(1, 200)
  @Matches(EVENT_TYPE_PATTERN, {
    message: 'type must be lower-case letters, digits, "." and "-", with "*" only at the end',
  })
  type?: string;

  @ApiPropertyOptional({ example: 'catalog.product:0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' })
  @IsOptional()
  @Length(1, 512)
  streamId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;
}

export class TimelineQueryDto extends EventPositionQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 1000;
}

export class EventStreamQueryDto {
  @TypeFilter()
  @IsOptional()
  @Length(1, 200)
  @Matches(EVENT_TYPE_PATTERN, {
    message: 'type must be lower-case letters, digits, "." and "-", with "*" only at the end',
  })
  type?: string;

  @ApiPropertyOptional({
    example: '1042',
    pattern: POSITION_PATTERN.source,
    description: 'Resume after this position, for clients that cannot send `Last-Event-ID` (which wins); default: now',
  })
  @IsOptional()
  @Matches(POSITION_PATTERN, { message: 'after must be an event position: digits, at most 18' })
  after?: string;
}
