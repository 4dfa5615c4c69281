import { CreateInventorySchema1764000004000 } from './1764000004000-create-inventory-schema.migration';

export const INVENTORY_MIGRATIONS = [CreateInventorySchema1764000004000];
