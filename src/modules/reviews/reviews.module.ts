import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { AddReviewHandler } from './commands/add-review/add-review.handler';
import { DeleteReviewHandler } from './commands/delete-review/delete-review.handler';
import { EditReviewHandler } from './commands/edit-review/edit-review.handler';
import { REVIEWS_EVENTS, ReviewAddedIntegrationEvent } from './contracts';
import { RecordProductOnProductCreatedHandler } from './event-handlers/record-product-on-product-created.handler';
import { RetireReviewsOnProductDeletedHandler } from './event-handlers/retire-reviews-on-product-deleted.handler';
import { ProductReviewsController } from './http/product-reviews.controller';
import { ReviewsController } from './http/reviews.controller';
import { REVIEWS_MIGRATIONS } from './infrastructure/migrations';
import { ReviewEntity } from './infrastructure/review.entity';
import { ReviewRepository } from './infrastructure/review.repository';
import { ReviewedProductEntity } from './infrastructure/reviewed-product.entity';
import { ReviewedProductRepository } from './infrastructure/reviewed-product.repository';
import { GetReviewHandler } from './queries/get-review/get-review.handler';
import { ListProductReviewsHandler } from './queries/list-product-reviews/list-product-reviews.handler';
import { REVIEWS_PRODUCTS } from './infrastructure/reviews-products.projection';
import { REVIEW_COUNT_STATE_PART } from './queries/review-count.state-part';

@Module({
  controllers: [ProductReviewsController, ReviewsController],
  providers: [
    ReviewRepository,
    ReviewedProductRepository,
    AddReviewHandler,
    EditReviewHandler,
    DeleteReviewHandler,
    GetReviewHandler,
    ListProductReviewsHandler,
    RecordProductOnProductCreatedHandler,
    RetireReviewsOnProductDeletedHandler,
  ],
})
export class ReviewsModule {}

export const reviewsModule: ModuleDefinition = {
  name: 'reviews',
  nestModule: ReviewsModule,
  entities: [ReviewEntity, ReviewedProductEntity],
  migrations: REVIEWS_MIGRATIONS,
  events: REVIEWS_EVENTS,
  // The product-deleted consumer also soft-deletes reviews; in a rebuild's scratch database that
  // write-side effect stays there, as only `reviews.products` is copied back.
  projections: [REVIEWS_PRODUCTS],
  stateParts: [REVIEW_COUNT_STATE_PART],
  measures: [
    {
      name: 'reviews',
      subject: 'product',
      resource: 'products',
      event: ReviewAddedIntegrationEvent,
      description: 'reviews added',
    },
  ],
};
