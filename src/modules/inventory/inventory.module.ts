import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { ReserveStockHandler } from './commands/reserve-stock/reserve-stock.handler';
import { RestockHandler } from './commands/restock/restock.handler';
import { INVENTORY_EVENTS, StockReservedIntegrationEvent } from './contracts';
import { CountViewsOnProductViewedHandler } from './event-handlers/count-views-on-product-viewed.handler';
import { OpenStockOnProductCreatedHandler } from './event-handlers/open-stock-on-product-created.handler';
import { CloseStockOnProductDeletedHandler } from './event-handlers/close-stock-on-product-deleted.handler';
import { InventoryController } from './http/inventory.controller';
import { INVENTORY_MIGRATIONS } from './infrastructure/migrations';
import { ReservationEntity } from './infrastructure/reservation.entity';
import { StockEntity } from './infrastructure/stock.entity';
import { KnownProductRepository } from './infrastructure/known-product.repository';
import { StockRepository } from './infrastructure/stock.repository';
import { GetStockHandler } from './queries/get-stock/get-stock.handler';
import { INVENTORY_PRODUCTS } from './infrastructure/inventory-products.projection';

@Module({
  controllers: [InventoryController],
  providers: [
    StockRepository,
    KnownProductRepository,
    ReserveStockHandler,
    RestockHandler,
    GetStockHandler,
    OpenStockOnProductCreatedHandler,
    CloseStockOnProductDeletedHandler,
    CountViewsOnProductViewedHandler,
  ],
})
export class InventoryModule {}

export const inventoryModule: ModuleDefinition = {
  name: 'inventory',
  nestModule: InventoryModule,
  entities: [StockEntity, ReservationEntity],
  migrations: INVENTORY_MIGRATIONS,
  events: INVENTORY_EVENTS,
  // Only `inventory.products` is the projection; the stock the same consumers open is the write model.
  projections: [INVENTORY_PRODUCTS],
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
