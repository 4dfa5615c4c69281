"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toStockView = void 0;
const stock_1 = require("../domain/stock");
const toStockView = (stock) => ({
    productId: stock.productId,
    onHand: stock.onHand,
    available: (0, stock_1.availableUnits)(stock),
    reserved: stock.reserved,
    views: stock.views,
});
exports.toStockView = toStockView;
