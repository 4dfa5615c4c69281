"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sku = sku;
const catalog_errors_1 = require("./catalog.errors");
const SKU = /^[A-Z0-9][A-Z0-9._-]{1,63}$/;
/** Stock keeping unit: 2–64 characters, upper-case letters, digits, `.`, `_` and `-`; stored upper-case. */
function sku(raw) {
    const value = raw.trim().toUpperCase();
    if (!SKU.test(value)) {
        throw new catalog_errors_1.InvalidProductError('sku must be 2-64 characters of letters, digits, ".", "_" or "-", starting with a letter or digit', 'catalog.invalid-sku');
    }
    return value;
}
