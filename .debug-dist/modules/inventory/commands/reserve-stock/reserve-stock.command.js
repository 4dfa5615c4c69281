"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReserveStockCommand = void 0;
class ReserveStockCommand {
    productId;
    customerId;
    quantity;
    constructor(productId, customerId, quantity) {
        this.productId = productId;
        this.customerId = customerId;
        this.quantity = quantity;
    }
}
exports.ReserveStockCommand = ReserveStockCommand;
//# sourceMappingURL=reserve-stock.command.js.map