"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StockCapacityExceededError = exports.InsufficientStockError = exports.StockNotFoundError = exports.InvalidQuantityError = void 0;
const domain_error_1 = require("../../../shared/domain/domain-error");
class InvalidQuantityError extends domain_error_1.DomainError {
    constructor(message) {
        super('invalid', message, 'inventory.invalid-quantity');
    }
}
exports.InvalidQuantityError = InvalidQuantityError;
class StockNotFoundError extends domain_error_1.DomainError {
    constructor(productId) {
        super('not-found', `inventory knows no product ${productId}`, 'inventory.product-not-found');
    }
}
exports.StockNotFoundError = StockNotFoundError;
class InsufficientStockError extends domain_error_1.DomainError {
    constructor(productId, requested, available) {
        super('conflict', `only ${available} unit${available === 1 ? '' : 's'} of product ${productId} available, ${requested} requested`, 'inventory.insufficient-stock');
    }
}
exports.InsufficientStockError = InsufficientStockError;
class StockCapacityExceededError extends domain_error_1.DomainError {
    constructor(productId, max) {
        super('conflict', `restocking would take product ${productId} above ${max} units on hand`, 'inventory.capacity-exceeded');
    }
}
exports.StockCapacityExceededError = StockCapacityExceededError;
//# sourceMappingURL=inventory.errors.js.map