"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateProductCommand = void 0;
class CreateProductCommand {
    product;
    constructor(product) {
        this.product = product;
    }
}
exports.CreateProductCommand = CreateProductCommand;
//# sourceMappingURL=create-product.command.js.map