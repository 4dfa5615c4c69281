import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { ReviewUpdatedIntegrationEvent, reviewStreamId } from '../../contracts';
import { editReview } from '../../domain/review';
import { ReviewNotFoundError } from '../../domain/reviews.errors';
import { ReviewRepository } from '../../infrastructure/review.repository';
import { ReviewView, toReviewView } from '../../queries/review.view';
import { reviewPayload } from '../review-payload';
import { EditReviewCommand } from './edit-review.command';

@CommandHandler(EditReviewCommand)
export class EditReviewHandler implements ICommandHandler<EditReviewCommand, ReviewView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reviews: ReviewRepository,
  ) {}

  execute({ reviewId, editor, changes, expectedVersion }: EditReviewCommand): Promise<ReviewView> {
    return this.unitOfWork.run(async (tx) => {
      const current = await this.reviews.findForUpdate(tx.manager, reviewId);
      if (!current) throw new ReviewNotFoundError(reviewId);
      const next = editReview(current, editor, changes, expectedVersion);
      if (next.version === current.version) return toReviewView(current);
      const updatedAt = new Date();
      await this.reviews.update(tx.manager, next, updatedAt);
      tx.record(ReviewUpdatedIntegrationEvent, {
        streamId: reviewStreamId(next.id),
        streamVersion: next.version,
        payload: reviewPayload(next),
      });
      return toReviewView({ ...next, createdAt: current.createdAt, updatedAt });
    });
  }
}
