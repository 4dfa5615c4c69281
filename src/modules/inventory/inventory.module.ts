import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { ReserveStockHandler } from './commands/reserve-stock/reserve-stock.handler';
import { RestockHandler } from './commands/restock/restock.handler';
import { INVENTORY_EVENTS } from './contracts';
import { CountProductViewsHandler } from './event-handlers/count-product-views.handler';
import { StockOnProductCreatedHandler } from './event-handlers/stock-on-product-created.handler';
import { StockOnProductDeletedHandler } from './event-handlers/stock-on-product-deleted.handler';
import { InventoryController } from './http/inventory.controller';
import { INVENTORY_MIGRATIONS } from './infrastructure/migrations';
import { ReservationEntity } from './infrastructure/reservation.entity';
import { StockEntity } from './infrastructure/stock.entity';
import { KnownProductRepository } from './infrastructure/known-product.repository';
import { StockRepository } from './infrastructure/stock.repository';
import { GetStockHandler } from './queries/get-stock/get-stock.handler';

@Module({
  controllers: [InventoryController],
  providers: [
    StockRepository,
    KnownProductRepository,
    ReserveStockHandler,
    RestockHandler,
    GetStockHandler,
    StockOnProductCreatedHandler,
    StockOnProductDeletedHandler,
    CountProductViewsHandler,
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
  projections: [
    {
      name: 'inventory-products',
      tables: ['inventory.products'],
      consumers: ['inventory.stock-on-product-created', 'inventory.stock-on-product-deleted'],
    },
  ],
};
