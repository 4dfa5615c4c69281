import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, ValidateIf } from 'class-validator';
import { BODY_MAX_LENGTH, TITLE_MAX_LENGTH } from '../domain/review-text';
import { Trim } from './trim';

// Absent means unchanged; unlike @IsOptional(), null is validated (and rejected) rather than let through.
const present = (_: object, value: unknown): boolean => value !== undefined;

/** Only the text can change; the product and the author of a review are fixed. */
export class EditReviewRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: TITLE_MAX_LENGTH, description: 'Trimmed' })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: BODY_MAX_LENGTH, description: 'Trimmed' })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @Length(1, BODY_MAX_LENGTH)
  body?: string;
}
