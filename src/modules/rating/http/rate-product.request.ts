import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_STARS, MIN_STARS } from '../domain/stars';

export class RateProductRequest {
  @ApiProperty({
    type: 'integer',
    example: 4,
    minimum: MIN_STARS,
    maximum: MAX_STARS,
    description: 'Whole stars; "4" or 3.5 are refused',
  })
  @IsInt()
  @Min(MIN_STARS)
  @Max(MAX_STARS)
  stars!: number;
}
