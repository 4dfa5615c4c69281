import { RenameInventoryConsumers1764000004950 } from './1764000004950-rename-consumers.migration';
import { CreateInventorySchema1764000004000 } from './1764000004000-create-inventory-schema.migration';
import { AddInventoryProducts1764000004600 } from './1764000004600-add-inventory-products.migration';
import { EventSourcedStock1764000006000 } from './1764000006000-event-sourced-stock.migration';

export const INVENTORY_MIGRATIONS = [
  CreateInventorySchema1764000004000,
  AddInventoryProducts1764000004600,
  RenameInventoryConsumers1764000004950,
  EventSourcedStock1764000006000,
];
