import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReviewedProductNotFoundError } from '../../domain/reviews.errors';
import { ReviewRepository } from '../../infrastructure/review.repository';
import { ReviewedProductRepository } from '../../infrastructure/reviewed-product.repository';
import { ReviewView, toReviewView } from '../review.view';
import { ListProductReviewsQuery } from './list-product-reviews.query';

export interface ReviewPage {
  items: ReviewView[];
  /** Id before which the next page starts, or null on the last page. */
  lastId: string | null;
}

@QueryHandler(ListProductReviewsQuery)
export class ListProductReviewsHandler implements IQueryHandler<ListProductReviewsQuery, ReviewPage> {
  constructor(
    private readonly products: ReviewedProductRepository,
    private readonly reviews: ReviewRepository,
  ) {}

  async execute({ productId, limit, beforeId }: ListProductReviewsQuery): Promise<ReviewPage> {
    if (!(await this.products.isReviewable(productId))) throw new ReviewedProductNotFoundError(productId);
    const rows = await this.reviews.listLiveForProduct(productId, beforeId, limit + 1);
    const items = rows.slice(0, limit).map(toReviewView);
    return { items, lastId: rows.length > limit ? items[items.length - 1].id : null };
  }
}
