import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { RateProductHandler } from './commands/rate-product/rate-product.handler';
import { RemoveRatingHandler } from './commands/remove-rating/remove-rating.handler';
import { ProductRatedIntegrationEvent, RATING_EVENTS } from './contracts';
import { TrackProductOnCatalogChangedHandler } from './event-handlers/track-product-on-catalog-changed.handler';
import { RecalculateSummaryOnRatingChangedHandler } from './event-handlers/recalculate-summary-on-rating-changed.handler';
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
import { RATING_SUMMARY } from './infrastructure/rating-summary.projection';
import { RATING_STATE_PART } from './queries/rating.state-part';
import { RecordTrendOnRatingRecalculatedHandler } from './event-handlers/record-trend-on-rating-recalculated.handler';
import { RatingTrendRepository } from './infrastructure/rating-trend.repository';
import { RATING_TREND } from './infrastructure/rating-trend.projection';
import { GetRatingTrendHandler } from './queries/get-rating-trend/get-rating-trend.handler';

@Module({
  controllers: [ProductRatingsController],
  providers: [
    RatedProductRepository,
    CustomerRatingRepository,
    RatingSummaryRepository,
    RateProductHandler,
    RemoveRatingHandler,
    GetProductRatingHandler,
    TrackProductOnCatalogChangedHandler,
    RecalculateSummaryOnRatingChangedHandler,
    RatingTrendRepository,
    GetRatingTrendHandler,
    RecordTrendOnRatingRecalculatedHandler,
  ],
})
export class RatingModule {}

export const ratingModule: ModuleDefinition = {
  name: 'rating',
  nestModule: RatingModule,
  entities: [RatedProductEntity, CustomerRatingEntity, RatingSummaryEntity, SummaryVoteEntity],
  migrations: RATING_MIGRATIONS,
  events: RATING_EVENTS,
  projections: [RATING_SUMMARY, RATING_TREND],
  stateParts: [RATING_STATE_PART],
  measures: [
    {
      name: 'ratings',
      subject: 'product',
      resource: 'products',
      event: ProductRatedIntegrationEvent,
      description: 'ratings given (a changed rating counts again)',
    },
  ],
};
