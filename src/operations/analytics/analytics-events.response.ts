import { ApiProperty } from '@nestjs/swagger';

/** How many events of one type occurred in one bucket. */
export class EventCountResponse {
  @ApiProperty({ format: 'date-time', example: '2026-01-15T00:00:00.000Z', description: 'Start of the bucket (UTC)' })
  bucket!: string;

  @ApiProperty({ example: 'reviews.review-added.v1', description: 'Wire type as recorded' })
  type!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 42 })
  count!: number;
}

/** Event counts per bucket and type over a range of whole buckets. */
export class AnalyticsEventsResponse {
  @ApiProperty({ enum: ['minute', 'hour', 'day'], example: 'day' })
  bucket!: string;

  @ApiProperty({ format: 'date-time', description: 'Start of the first bucket answered' })
  from!: string;

  @ApiProperty({ format: 'date-time', description: 'End (exclusive) of the last bucket answered' })
  to!: string;

  @ApiProperty({
    type: [EventCountResponse],
    description: 'Only buckets and types with events, by bucket then type; exact, including events just stored',
  })
  items!: EventCountResponse[];
}
