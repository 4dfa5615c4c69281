"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AddProductCategories1764000001500 = void 0;
/** Products created before categories existed have none. */
class AddProductCategories1764000001500 {
    name = 'AddProductCategories1764000001500';
    async up(db) {
        await db.query(`ALTER TABLE catalog.products ADD COLUMN categories text[] NOT NULL DEFAULT '{}'`);
    }
    async down(db) {
        await db.query(`ALTER TABLE catalog.products DROP COLUMN categories`);
    }
}
exports.AddProductCategories1764000001500 = AddProductCategories1764000001500;
//# sourceMappingURL=1764000001500-add-product-categories.migration.js.map