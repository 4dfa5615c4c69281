import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { ReviewDeletedIntegrationEvent, reviewStreamId } from '../../contracts';
import { deleteReview } from '../../domain/review';
import { ReviewNotFoundError } from '../../domain/reviews.errors';
import { ReviewRepository } from '../../infrastructure/review.repository';
import { DeleteReviewCommand } from './delete-review.command';

@CommandHandler(DeleteReviewCommand)
export class DeleteReviewHandler implements ICommandHandler<DeleteReviewCommand, void> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reviews: ReviewRepository,
  ) {}

  execute({ reviewId, requester, expectedVersion }: DeleteReviewCommand): Promise<void> {
    return this.unitOfWork.run(async (tx) => {
      const review = await this.reviews.findForUpdate(tx.manager, reviewId);
      if (!review) throw new ReviewNotFoundError(reviewId);
      const deletedBy = deleteReview(review, requester, expectedVersion);
      const version = review.version + 1;
      await this.reviews.markDeleted(tx.manager, reviewId, version);
      tx.record(ReviewDeletedIntegrationEvent, {
        streamId: reviewStreamId(reviewId),
        streamVersion: version,
        payload: { reviewId, productId: review.productId, authorId: review.authorId, deletedBy },
      });
    });
  }
}
