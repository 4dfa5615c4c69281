import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

const COUNT: ApiPropertyOptions = { type: 'integer', minimum: 0, example: 3 };

class RatingHistogramDto {
  @ApiProperty(COUNT)
  1!: number;

  @ApiProperty(COUNT)
  2!: number;

  @ApiProperty(COUNT)
  3!: number;

  @ApiProperty(COUNT)
  4!: number;

  @ApiProperty(COUNT)
  5!: number;
}

export class ProductRatingResponse {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({
    minimum: 0,
    maximum: 5,
    example: 4.25,
    description: 'Mean stars rounded to 2 decimals, 0 when unrated',
  })
  average!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 12 })
  count!: number;

  @ApiProperty({ type: RatingHistogramDto, description: 'Number of current ratings per star value' })
  histogram!: RatingHistogramDto;
}
