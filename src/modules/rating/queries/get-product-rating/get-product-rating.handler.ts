import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { averageOf, countOf, emptyHistogram } from '../../domain/histogram';
import { RatedProductNotFoundError } from '../../domain/rating.errors';
import { RatedProductRepository } from '../../infrastructure/rated-product.repository';
import { RatingSummaryRepository } from '../../infrastructure/rating-summary.repository';
import { GetProductRatingQuery } from './get-product-rating.query';
import { ProductRatingView } from './product-rating.view';

@QueryHandler(GetProductRatingQuery)
export class GetProductRatingHandler implements IQueryHandler<GetProductRatingQuery, ProductRatingView> {
  constructor(
    private readonly products: RatedProductRepository,
    private readonly summaries: RatingSummaryRepository,
  ) {}

  async execute({ productId }: GetProductRatingQuery): Promise<ProductRatingView> {
    if (!(await this.products.isRateable(productId))) throw new RatedProductNotFoundError(productId);
    const histogram = (await this.summaries.findTally(productId))?.histogram ?? emptyHistogram();
    return { productId, average: averageOf(histogram), count: countOf(histogram), histogram };
  }
}
