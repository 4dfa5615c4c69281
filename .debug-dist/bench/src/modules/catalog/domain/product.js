"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_INITIAL_STOCK = void 0;
exports.createProduct = createProduct;
exports.updateProduct = updateProduct;
exports.assertDeletable = assertDeletable;
const categories_1 = require("./categories");
const catalog_errors_1 = require("./catalog.errors");
const money_1 = require("./money");
const sku_1 = require("./sku");
exports.MAX_INITIAL_STOCK = 1_000_000;
function text(field, value, max, allowEmpty) {
    const trimmed = value.trim();
    if ((!allowEmpty && trimmed.length === 0) || trimmed.length > max) {
        throw new catalog_errors_1.InvalidProductError(`${field} must be ${allowEmpty ? '0' : '1'}-${max} characters`, `catalog.invalid-${field}`);
    }
    return trimmed;
}
function createProduct(id, input) {
    if (!Number.isSafeInteger(input.initialStock) || input.initialStock < 0 || input.initialStock > exports.MAX_INITIAL_STOCK) {
        throw new catalog_errors_1.InvalidProductError(`initialStock must be a whole number between 0 and ${exports.MAX_INITIAL_STOCK}`, 'catalog.invalid-stock');
    }
    return {
        id,
        sku: (0, sku_1.sku)(input.sku),
        name: text('name', input.name, 200, false),
        description: text('description', input.description, 5000, true),
        price: (0, money_1.money)(input.price.amount, input.price.currency),
        initialStock: input.initialStock,
        categories: (0, categories_1.categories)(input.categories ?? []),
        version: 1,
    };
}
/**
 * Applies changes; `expectedVersion` (from `If-Match`) guards against lost updates. Returns the
 * product unchanged (same version) when nothing actually changes, so no empty event is emitted.
 */
function updateProduct(product, changes, expectedVersion) {
    if (expectedVersion !== undefined && expectedVersion !== product.version) {
        throw new catalog_errors_1.StaleProductVersionError(expectedVersion, product.version);
    }
    const next = {
        ...product,
        name: changes.name === undefined ? product.name : text('name', changes.name, 200, false),
        description: changes.description === undefined ? product.description : text('description', changes.description, 5000, true),
        price: changes.price === undefined ? product.price : (0, money_1.money)(changes.price.amount, changes.price.currency),
    };
    const changed = next.name !== product.name ||
        next.description !== product.description ||
        next.price.amount !== product.price.amount ||
        next.price.currency !== product.price.currency;
    return changed ? { ...next, version: product.version + 1 } : product;
}
function assertDeletable(product, expectedVersion) {
    if (expectedVersion !== undefined && expectedVersion !== product.version) {
        throw new catalog_errors_1.StaleProductVersionError(expectedVersion, product.version);
    }
}
