"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateProductCommand = void 0;
class RateProductCommand {
    productId;
    userId;
    stars;
    constructor(productId, userId, stars) {
        this.productId = productId;
        this.userId = userId;
        this.stars = stars;
    }
}
exports.RateProductCommand = RateProductCommand;
