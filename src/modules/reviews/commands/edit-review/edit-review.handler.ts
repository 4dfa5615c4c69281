import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { ReviewUpdatedIntegrationEvent, reviewStreamId } from '../../contracts';
import { editReview } from '../../domain/review';
import { ReviewNotFoundError } from '../../domain/reviews.errors';
import { ReviewRepository, StoredReview } from '../../infrastructure/review.repository';
import { reviewPayload } from '../review-payload';
import { EditReviewCommand } from './edit-review.command';

/** Returns the review as stored, so the response needs no second read. */
@CommandHandler(EditReviewCommand)
export class EditReviewHandler implements ICommandHandler<EditReviewCommand, StoredReview> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reviews: ReviewRepository,
  ) {}

  execute({ reviewId, editor, changes, expectedVersion }: EditReviewCommand): Promise<StoredReview> {
    return this.unitOfWork.run(async (tx) => {
      const current = await this.reviews.findForUpdate(tx.manager, reviewId);
      if (!current) throw new ReviewNotFoundError(reviewId);
      const next = editReview(current, editor, changes, expectedVersion);
      if (next.version === current.version) return current;
      const updatedAt = new Date();
      await this.reviews.update(tx.manager, next, updatedAt);
      tx.record(ReviewUpdatedIntegrationEvent, {
        streamId: reviewStreamId(next.id),
        streamVersion: next.version,
        payload: reviewPayload(next),
      });
      return { ...next, createdAt: current.createdAt, updatedAt };
    });
  }
}
