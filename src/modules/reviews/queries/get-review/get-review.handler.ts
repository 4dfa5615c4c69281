import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReviewNotFoundError } from '../../domain/reviews.errors';
import { ReviewRepository } from '../../infrastructure/review.repository';
import { ReviewView, toReviewView } from '../review.view';
import { GetReviewQuery } from './get-review.query';

@QueryHandler(GetReviewQuery)
export class GetReviewHandler implements IQueryHandler<GetReviewQuery, ReviewView> {
  constructor(private readonly reviews: ReviewRepository) {}

  async execute({ reviewId }: GetReviewQuery): Promise<ReviewView> {
    const row = await this.reviews.findLive(reviewId);
    if (!row) throw new ReviewNotFoundError(reviewId);
    return toReviewView(row);
  }
}
