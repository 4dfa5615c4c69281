"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RemoveRatingCommand = void 0;
class RemoveRatingCommand {
    productId;
    userId;
    constructor(productId, userId) {
        this.productId = productId;
        this.userId = userId;
    }
}
exports.RemoveRatingCommand = RemoveRatingCommand;
//# sourceMappingURL=remove-rating.command.js.map