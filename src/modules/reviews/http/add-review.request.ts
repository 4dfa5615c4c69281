import { ApiProperty } from '@nestjs/swagger';
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import { BODY_MAX_LENGTH, TITLE_MAX_LENGTH } from '../domain/review-text';
import { ReviewTextRules } from './review-text.rules';

@ValidatedSchema()
export class AddReviewRequest {
  @ApiProperty({ example: 'Great fit', description: 'Trimmed' })
  @ReviewTextRules('title', TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ example: 'True to size and soft after washing.', description: 'Trimmed' })
  @ReviewTextRules('body', BODY_MAX_LENGTH)
  body!: string;
}
