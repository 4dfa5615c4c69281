import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { RateProductHandler } from './commands/rate-product/rate-product.handler';
import { RemoveRatingHandler } from './commands/remove-rating/remove-rating.handler';
import { RATING_EVENTS } from './contracts';
import { ProductExistenceHandler } from './event-handlers/product-existence.handler';
import { RatingSummaryHandler } from './event-handlers/rating-summary.handler';
import { ProductRatingsController } from './http/product-ratings.controller';
import { CustomerRatingEntity } from './infrastructure/customer-rating.entity';
import { CustomerRatingRepository } from './infrastructure/customer-rating.repository';
import { RATING_MIGRATIONS } from './infrastructure/migrations';
import { RatedProductEntity } from './infrastructure/rated-product.entity';
import { RatedProductRepository } from './infrastructure/rated-product.repository';
import { RatingSummaryEntity } from './infrastructure/rating-summary.entity';
import { RatingSummaryRepository } from './infrastructure/rating-summary.repository';
import { SummaryVoteEntity } from './infrastructure/summary-vote.entity';
import { GetProductRatingHandler } from './queries/get-product-rating/get-product-rating.handler';

@Module({
  controllers: [ProductRatingsController],
  providers: [
    RatedProductRepository,
    CustomerRatingRepository,
    RatingSummaryRepository,
    RateProductHandler,
    RemoveRatingHandler,
    GetProductRatingHandler,
    ProductExistenceHandler,
    RatingSummaryHandler,
  ],
})
export class RatingModule {}

export const ratingModule: ModuleDefinition = {
  name: 'rating',
  nestModule: RatingModule,
  entities: [RatedProductEntity, CustomerRatingEntity, RatingSummaryEntity, SummaryVoteEntity],
  migrations: RATING_MIGRATIONS,
  events: RATING_EVENTS,
  projections: [
    { name: 'rating-summary', tables: ['rating.summaries', 'rating.summary_votes'], consumers: ['rating.summary'] },
  ],
};
