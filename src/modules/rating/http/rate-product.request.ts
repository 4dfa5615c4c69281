import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import { MAX_STARS, MIN_STARS } from '../domain/stars';

@ValidatedSchema()
export class RateProductRequest {
  @ApiProperty({ example: 4, description: 'Whole stars; "4" or 3.5 are refused' })
  @IsInt()
  @Min(MIN_STARS)
  @Max(MAX_STARS)
  stars!: number;
}
