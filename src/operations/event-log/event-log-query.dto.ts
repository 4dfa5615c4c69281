import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CursorRules } from '../../shared/http/pagination';
import { ValidatedSchema } from '../../shared/http/validated-schema.decorator';
import { EVENT_TYPE_PATTERN } from './event-type-pattern';

/** A position as clients send it: digits, at most 18 so it always fits a Postgres bigint. */
export const POSITION_PATTERN = /^(0|[1-9][0-9]{0,17})$/;

/** Where a read of the event store starts: after a known position, or from a page's `nextCursor`. */
@ValidatedSchema()
export class EventPositionQueryDto {
  @ApiPropertyOptional({
    example: '1042',
    description: 'Only events after this position (e.g. the last `position` seen); default 0',
  })
  @IsOptional()
  @Matches(POSITION_PATTERN, { message: 'after must be an event position: digits, at most 18' })
  after?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page (instead of `after`)' })
  @CursorRules()
  cursor?: string;
}

/** What a filter on event type accepts. */
const TypeFilter = () =>
  ApiPropertyOptional({
    example: 'reviews.*',
    description:
      'An exact type (`reviews.review-added.v1`) or a prefix ending in `*` (`reviews.*`, `reviews.review-*`)',
  });

@ValidatedSchema()
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

  @ApiPropertyOptional({ default: 100, example: 100, description: 'Events per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;
}

@ValidatedSchema()
export class TimelineQueryDto extends EventPositionQueryDto {
  @ApiPropertyOptional({ default: 1000, example: 1000, description: 'Events per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 1000;
}

@ValidatedSchema()
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
    description: 'Resume after this position, for clients that cannot send `Last-Event-ID` (which wins); default: now',
  })
  @IsOptional()
  @Matches(POSITION_PATTERN, { message: 'after must be an event position: digits, at most 18' })
  after?: string;
}
