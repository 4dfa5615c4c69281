"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeleteProductCommand = void 0;
class DeleteProductCommand {
    productId;
    expectedVersion;
    constructor(productId, expectedVersion) {
        this.productId = productId;
        this.expectedVersion = expectedVersion;
    }
}
exports.DeleteProductCommand = DeleteProductCommand;
//# sourceMappingURL=delete-product.command.js.map