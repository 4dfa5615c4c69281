import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/unit-of-work';
import { uuidV7 } from '../../../../shared/messaging/uuid-v7';
import { ReviewAddedIntegrationEvent, reviewStreamId } from '../../contracts';
import { Review, writeReview } from '../../domain/review';
import { ReviewedProductNotFoundError } from '../../domain/reviews.errors';
import { ReviewRepository } from '../../infrastructure/review.repository';
import { ReviewedProductRepository } from '../../infrastructure/reviewed-product.repository';
import { reviewPayload } from '../review-payload';
import { AddReviewCommand } from './add-review.command';

@CommandHandler(AddReviewCommand)
export class AddReviewHandler implements ICommandHandler<AddReviewCommand, Review> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly products: ReviewedProductRepository,
    private readonly reviews: ReviewRepository,
  ) {}

  execute({ productId, authorId, text }: AddReviewCommand): Promise<Review> {
    const review = writeReview(uuidV7(), productId, authorId, text);
    return this.unitOfWork.run(async (tx) => {
      if (!(await this.products.lockIfReviewable(tx.manager, productId)))
        throw new ReviewedProductNotFoundError(productId);
      await this.reviews.insert(tx.manager, review);
      tx.record(ReviewAddedIntegrationEvent, {
        streamId: reviewStreamId(review.id),
        streamVersion: review.version,
        payload: reviewPayload(review),
      });
      return review;
    });
  }
}
