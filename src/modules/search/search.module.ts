import { Module } from '@nestjs/common';
import { PreparedStatements } from '../../shared/database/prepared-statements';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { ApplyRatingSummaryHandler } from './event-handlers/apply-rating-summary.handler';
import { ApplyStockLevelsHandler } from './event-handlers/apply-stock-levels.handler';
import { IndexProductCreatedHandler } from './event-handlers/index-product-created.handler';
import { IndexProductUpdatedHandler } from './event-handlers/index-product-updated.handler';
import { IndexReviewTextHandler } from './event-handlers/index-review-text.handler';
import { RemoveDeletedProductHandler } from './event-handlers/remove-deleted-product.handler';
import { RemoveDeletedReviewHandler } from './event-handlers/remove-deleted-review.handler';
import { SearchController } from './http/search.controller';
import { SEARCH_MIGRATIONS } from './infrastructure/migrations';
import { SearchIndexReader } from './infrastructure/search-index.reader';
import { SearchIndexRepository } from './infrastructure/search-index.repository';
import { SearchProductsHandler } from './queries/search-products/search-products.handler';

@Module({
  controllers: [SearchController],
  providers: [
    PreparedStatements,
    SearchIndexRepository,
    SearchIndexReader,
    SearchProductsHandler,
    IndexProductCreatedHandler,
    IndexProductUpdatedHandler,
    RemoveDeletedProductHandler,
    IndexReviewTextHandler,
    RemoveDeletedReviewHandler,
    ApplyRatingSummaryHandler,
    ApplyStockLevelsHandler,
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
  projections: [
    {
      name: 'search-index',
      tables: ['search.documents', 'search.reviews'],
      consumers: [
        'search.index-product-created',
        'search.index-product-updated',
        'search.remove-deleted-product',
        'search.index-review-text',
        'search.remove-deleted-review',
        'search.apply-rating-summary',
        'search.apply-stock-levels',
      ],
    },
  ],
};
