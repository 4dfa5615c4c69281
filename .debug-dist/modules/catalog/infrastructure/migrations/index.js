"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CATALOG_MIGRATIONS = void 0;
const _1764000001000_create_catalog_schema_migration_1 = require("./1764000001000-create-catalog-schema.migration");
const _1764000001500_add_product_categories_migration_1 = require("./1764000001500-add-product-categories.migration");
exports.CATALOG_MIGRATIONS = [_1764000001000_create_catalog_schema_migration_1.CreateCatalogSchema1764000001000, _1764000001500_add_product_categories_migration_1.AddProductCategories1764000001500];
//# sourceMappingURL=index.js.map