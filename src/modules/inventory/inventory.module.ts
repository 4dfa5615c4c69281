import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../shared/config/app-config';
import { StreamWriters } from '../../shared/messaging/outbox/stream-writers';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { ReserveStockHandler } from './commands/reserve-stock/reserve-stock.handler';
import { RestockHandler } from './commands/restock/restock.handler';
import { INVENTORY_EVENTS, StockReservedIntegrationEvent } from './contracts';
import { CountViewsOnProductViewedHandler } from './event-handlers/count-views-on-product-viewed.handler';
import { OpenStockOnProductCreatedHandler } from './event-handlers/open-stock-on-product-created.handler';
import { CloseStockOnProductDeletedHandler } from './event-handlers/close-stock-on-product-deleted.handler';
import { TrackProductOnCatalogChangedHandler } from './event-handlers/track-product-on-catalog-changed.handler';
import { InventoryController } from './http/inventory.controller';
import { INVENTORY_MIGRATIONS } from './infrastructure/migrations';
import { ReservationEntity } from './infrastructure/reservation.entity';
import { StockEntity } from './infrastructure/stock.entity';
import { KnownProductRepository } from './infrastructure/known-product.repository';
import { StockRepository } from './infrastructure/stock.repository';
import { StockStreamRepository } from './infrastructure/stock-stream.repository';
import { INVENTORY_SETTINGS, readInventorySettings } from './inventory.settings';
import { GetStockHandler } from './queries/get-stock/get-stock.handler';
import { INVENTORY_PRODUCTS } from './infrastructure/inventory-products.projection';
import { STOCK_STATE_PART } from './queries/stock.state-part';

@Module({
  controllers: [InventoryController],
  providers: [
    {
      provide: INVENTORY_SETTINGS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => config.moduleSettings.inventory,
    },
    StockRepository,
    StockStreamRepository,
    StreamWriters,
    KnownProductRepository,
    ReserveStockHandler,
    RestockHandler,
    GetStockHandler,
    OpenStockOnProductCreatedHandler,
    CloseStockOnProductDeletedHandler,
    CountViewsOnProductViewedHandler,
    TrackProductOnCatalogChangedHandler,
  ],
})
export class InventoryModule {}

export const inventoryModule: ModuleDefinition = {
  name: 'inventory',
  nestModule: InventoryModule,
  settings: readInventorySettings,
  entities: [StockEntity, ReservationEntity],
  migrations: INVENTORY_MIGRATIONS,
  events: INVENTORY_EVENTS,
  // Only `inventory.products` is a rebuildable projection; the stock is event-sourced, its row kept with each append.
  projections: [INVENTORY_PRODUCTS],
  stateParts: [STOCK_STATE_PART],
  measures: [
    {
      name: 'reservations',
      subject: 'product',
      resource: 'products',
      event: StockReservedIntegrationEvent,
      description: 'stock reservations made',
    },
    {
      name: 'reserved-units',
      subject: 'product',
      resource: 'products',
      event: StockReservedIntegrationEvent,
      amount: 'quantity',
      description: 'units reserved',
    },
  ],
};
