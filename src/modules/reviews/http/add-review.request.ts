import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { BODY_MAX_LENGTH, TITLE_MAX_LENGTH } from '../domain/review-text';
import { Trim } from './trim';

export class AddReviewRequest {
  @ApiProperty({ example: 'Great fit', minLength: 1, maxLength: TITLE_MAX_LENGTH, description: 'Trimmed' })
  @Trim()
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({
    example: 'True to size and soft after washing.',
    minLength: 1,
    maxLength: BODY_MAX_LENGTH,
    description: 'Trimmed',
  })
  @Trim()
  @IsString()
  @Length(1, BODY_MAX_LENGTH)
  body!: string;
}
