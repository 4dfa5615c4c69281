import { ApiProperty } from '@nestjs/swagger';

/** The rating at the end of one bucket. */
export class RatingTrendPointResponse {
  @ApiProperty({ format: 'date-time', example: '2026-01-15T00:00:00.000Z', description: 'Start of the bucket' })
  bucket!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-16T00:00:00.000Z', description: 'End of the bucket' })
  end!: string;

  @ApiProperty({ type: 'integer', minimum: 0, example: 12, description: 'Current ratings at the end of the bucket' })
  count!: number;

  @ApiProperty({
    minimum: 0,
    maximum: 5,
    example: 4.25,
    description: 'Their mean stars, 2 decimals; 0 without ratings',
  })
  average!: number;
}

/** A product's rating at the end of each bucket of a range. */
export class RatingTrendResponse {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ enum: ['hour', 'day'], example: 'day' })
  bucket!: string;

  @ApiProperty({ format: 'date-time', description: 'Start of the first bucket' })
  from!: string;

  @ApiProperty({ format: 'date-time', description: 'End of the last bucket' })
  to!: string;

  @ApiProperty({ type: [RatingTrendPointResponse], description: 'One point per bucket, in time order' })
  points!: RatingTrendPointResponse[];
}
