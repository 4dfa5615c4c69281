import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { uuidV7 } from '../../../../shared/messaging/envelope/uuid-v7';
import { ReviewAddedIntegrationEvent, reviewStreamId } from '../../contracts';
import { writeReview } from '../../domain/review';
import { ReviewedProductNotFoundError } from '../../domain/reviews.errors';
import { ReviewRepository } from '../../infrastructure/review.repository';
import { ReviewView, toReviewView } from '../../queries/review.view';
import { reviewPayload } from '../review-payload';
import { AddReviewCommand } from './add-review.command';

@CommandHandler(AddReviewCommand)
export class AddReviewHandler implements ICommandHandler<AddReviewCommand, ReviewView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reviews: ReviewRepository,
  ) {}

  execute({ productId, authorId, text }: AddReviewCommand): Promise<ReviewView> {
    const review = writeReview(uuidV7(), productId, authorId, text);
    return this.unitOfWork.run(async (tx) => {
      const stored = await this.reviews.insertIfReviewable(tx.manager, review);
      if (!stored) throw new ReviewedProductNotFoundError(productId);
      tx.record(ReviewAddedIntegrationEvent, {
        streamId: reviewStreamId(review.id),
        streamVersion: review.version,
        payload: reviewPayload(review),
      });
      return toReviewView(stored);
    });
  }
}
