import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../shared/config/app-config';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { CATALOG_SETTINGS, readCatalogSettings } from './catalog.settings';
import { CreateProductHandler } from './commands/create-product/create-product.handler';
import { DeleteProductHandler } from './commands/delete-product/delete-product.handler';
import { UpdateProductHandler } from './commands/update-product/update-product.handler';
import { CATALOG_EVENTS } from './contracts';
import { ApplyRatingSummaryOnRatingRecalculatedHandler } from './event-handlers/apply-rating-summary-on-rating-recalculated.handler';
import { ApplyStockLevelsOnStockChangedHandler } from './event-handlers/apply-stock-levels-on-stock-changed.handler';
import { OpenEnrichmentOnProductCreatedHandler } from './event-handlers/open-enrichment-on-product-created.handler';
import { CATALOG_MIGRATIONS } from './infrastructure/migrations';
import { ProductEnrichmentRepository } from './infrastructure/product-enrichment.repository';
import { ProductViewCounter } from './infrastructure/product-view-counter';
import { ProductViewReader } from './infrastructure/product-view.reader';
import { ProductEntity } from './infrastructure/product.entity';
import { ProductRepository } from './infrastructure/product.repository';
import { ProductsController } from './http/products.controller';
import { GetProductHandler } from './queries/get-product/get-product.handler';
import { ListProductsHandler } from './queries/list-products/list-products.handler';
import { CATALOG_ENRICHMENT } from './infrastructure/catalog-enrichment.projection';
import { PRODUCT_STATE_PART } from './queries/product.state-part';

@Module({
  controllers: [ProductsController],
  providers: [
    {
      provide: CATALOG_SETTINGS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => config.moduleSettings.catalog,
    },
    ProductRepository,
    ProductViewReader,
    ProductEnrichmentRepository,
    ProductViewCounter,
    CreateProductHandler,
    UpdateProductHandler,
    DeleteProductHandler,
    GetProductHandler,
    ListProductsHandler,
    OpenEnrichmentOnProductCreatedHandler,
    ApplyRatingSummaryOnRatingRecalculatedHandler,
    ApplyStockLevelsOnStockChangedHandler,
  ],
})
export class CatalogModule {}

export const catalogModule: ModuleDefinition = {
  name: 'catalog',
  nestModule: CatalogModule,
  settings: readCatalogSettings,
  entities: [ProductEntity],
  migrations: CATALOG_MIGRATIONS,
  events: CATALOG_EVENTS,
  projections: [CATALOG_ENRICHMENT],
  timelines: [{ subject: 'product', resource: 'products' }],
  stateParts: [PRODUCT_STATE_PART],
};
