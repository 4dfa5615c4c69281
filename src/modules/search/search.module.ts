import { Module } from '@nestjs/common';
import { PreparedStatements } from '../../shared/database/prepared-statements';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { ApplyRatingSummaryOnRatingRecalculatedHandler } from './event-handlers/apply-rating-summary-on-rating-recalculated.handler';
import { ApplyStockLevelsOnStockChangedHandler } from './event-handlers/apply-stock-levels-on-stock-changed.handler';
import { IndexProductOnProductCreatedHandler } from './event-handlers/index-product-on-product-created.handler';
import { ReindexProductOnProductUpdatedHandler } from './event-handlers/reindex-product-on-product-updated.handler';
import { IndexReviewOnReviewChangedHandler } from './event-handlers/index-review-on-review-changed.handler';
import { RemoveProductOnProductDeletedHandler } from './event-handlers/remove-product-on-product-deleted.handler';
import { RemoveReviewOnReviewDeletedHandler } from './event-handlers/remove-review-on-review-deleted.handler';
import { SearchController } from './http/search.controller';
import { SEARCH_MIGRATIONS } from './infrastructure/migrations';
import { SearchIndexReader } from './infrastructure/search-index.reader';
import { SearchIndexRepository } from './infrastructure/search-index.repository';
import { SearchProductsHandler } from './queries/search-products/search-products.handler';
import { SEARCH_INDEX } from './infrastructure/search-index.projection';

@Module({
  controllers: [SearchController],
  providers: [
    PreparedStatements,
    SearchIndexRepository,
    SearchIndexReader,
    SearchProductsHandler,
    IndexProductOnProductCreatedHandler,
    ReindexProductOnProductUpdatedHandler,
    RemoveProductOnProductDeletedHandler,
    IndexReviewOnReviewChangedHandler,
    RemoveReviewOnReviewDeletedHandler,
    ApplyRatingSummaryOnRatingRecalculatedHandler,
    ApplyStockLevelsOnStockChangedHandler,
  ],
})
export class SearchModule {}

/**
 * Search publishes nothing: it is a read model fed by catalog, reviews, rating and inventory events.
 * No entities: its tables are read and written with SQL (tsvector, trigrams, version-guarded updates).
 */
export const searchModule: ModuleDefinition = {
  name: 'search',
  nestModule: SearchModule,
  entities: [],
  migrations: SEARCH_MIGRATIONS,
  events: [],
  projections: [SEARCH_INDEX],
};
