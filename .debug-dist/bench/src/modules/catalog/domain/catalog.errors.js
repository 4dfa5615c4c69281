"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StaleProductVersionError = exports.DuplicateSkuError = exports.ProductNotFoundError = exports.InvalidProductError = void 0;
const domain_error_1 = require("../../../shared/domain/domain-error");
class InvalidProductError extends domain_error_1.DomainError {
    constructor(message, code) {
        super('invalid', message, code);
    }
}
exports.InvalidProductError = InvalidProductError;
class ProductNotFoundError extends domain_error_1.DomainError {
    constructor(productId) {
        super('not-found', `product ${productId} does not exist`, 'catalog.product-not-found');
    }
}
exports.ProductNotFoundError = ProductNotFoundError;
class DuplicateSkuError extends domain_error_1.DomainError {
    constructor(sku) {
        super('conflict', `a product with sku ${sku} already exists`, 'catalog.duplicate-sku');
    }
}
exports.DuplicateSkuError = DuplicateSkuError;
class StaleProductVersionError extends domain_error_1.DomainError {
    constructor(expected, actual) {
        super('precondition-failed', `product is at version ${actual}, not ${expected}`, 'catalog.stale-version');
    }
}
exports.StaleProductVersionError = StaleProductVersionError;
