import { ReviewText } from '../../domain/review';

export class AddReviewCommand {
  constructor(
    readonly productId: string,
    readonly authorId: string,
    readonly text: ReviewText,
  ) {}
}
