import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { INVENTORY_EVENTS } from './contracts';

@Module({})
export class InventoryModule {}

export const inventoryModule: ModuleDefinition = {
  name: 'inventory',
  nestModule: InventoryModule,
  entities: [],
  migrations: [],
  events: INVENTORY_EVENTS,
};
