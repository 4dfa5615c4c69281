import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RatedProductNotFoundError } from '../../domain/rating.errors';
import { trendSeries } from '../../domain/rating-trend';
import { RatedProductRepository } from '../../infrastructure/rated-product.repository';
import { RatingTrendRepository } from '../../infrastructure/rating-trend.repository';
import { GetRatingTrendQuery } from './get-rating-trend.query';
import { RatingTrendView } from './rating-trend.view';

@QueryHandler(GetRatingTrendQuery)
export class GetRatingTrendHandler implements IQueryHandler<GetRatingTrendQuery, RatingTrendView> {
  constructor(
    private readonly products: RatedProductRepository,
    private readonly trend: RatingTrendRepository,
  ) {}

  async execute({ productId, bucket, range }: GetRatingTrendQuery): Promise<RatingTrendView> {
    if (!(await this.products.isRateable(productId))) throw new RatedProductNotFoundError(productId);
    const { points, before } = await this.trend.between(productId, bucket, range.from, range.to);
    return {
      productId,
      bucket,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      points: trendSeries(bucket, range.from, range.to, points, before).map((value) => ({
        bucket: value.bucket.toISOString(),
        end: value.end.toISOString(),
        count: value.count,
        average: value.average,
      })),
    };
  }
}
