import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import { BODY_MAX_LENGTH, TITLE_MAX_LENGTH } from '../domain/review-text';
import { ReviewTextRules } from './review-text.rules';

// Absent means unchanged; unlike @IsOptional(), null is validated (and rejected) rather than let through.
const present = (_: object, value: unknown): boolean => value !== undefined;

/** Only the text can change; the product and the author of a review are fixed. */
@ValidatedSchema()
export class EditReviewRequest {
  @ApiPropertyOptional({ example: 'Great fit, even after a year', description: 'Trimmed' })
  @ValidateIf(present)
  @ReviewTextRules('title', TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ example: 'Still true to size and soft after many washes.', description: 'Trimmed' })
  @ValidateIf(present)
  @ReviewTextRules('body', BODY_MAX_LENGTH)
  body?: string;
}
