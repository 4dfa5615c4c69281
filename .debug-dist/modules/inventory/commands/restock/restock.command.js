"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RestockCommand = void 0;
class RestockCommand {
    productId;
    quantity;
    constructor(productId, quantity) {
        this.productId = productId;
        this.quantity = quantity;
    }
}
exports.RestockCommand = RestockCommand;
//# sourceMappingURL=restock.command.js.map