"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UpdateProductCommand = void 0;
class UpdateProductCommand {
    productId;
    changes;
    expectedVersion;
    constructor(productId, changes, 
    /** From `If-Match`; the update fails with 412 when the product moved on. */
    expectedVersion) {
        this.productId = productId;
        this.changes = changes;
        this.expectedVersion = expectedVersion;
    }
}
exports.UpdateProductCommand = UpdateProductCommand;
