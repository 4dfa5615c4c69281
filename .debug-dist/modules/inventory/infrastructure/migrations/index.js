"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INVENTORY_MIGRATIONS = void 0;
const _1764000004000_create_inventory_schema_migration_1 = require("./1764000004000-create-inventory-schema.migration");
exports.INVENTORY_MIGRATIONS = [_1764000004000_create_inventory_schema_migration_1.CreateInventorySchema1764000004000];
//# sourceMappingURL=index.js.map