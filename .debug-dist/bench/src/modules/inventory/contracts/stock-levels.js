"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STOCK_LEVELS_REQUIRED = exports.STOCK_LEVELS_PROPERTIES = void 0;
exports.STOCK_LEVELS_PROPERTIES = {
    productId: { type: 'string' },
    onHand: { type: 'integer', minimum: 0 },
    available: { type: 'integer', minimum: 0 },
};
exports.STOCK_LEVELS_REQUIRED = ['productId', 'onHand', 'available'];
