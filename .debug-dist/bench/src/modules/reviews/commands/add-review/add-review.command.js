"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AddReviewCommand = void 0;
class AddReviewCommand {
    productId;
    authorId;
    text;
    constructor(productId, authorId, text) {
        this.productId = productId;
        this.authorId = authorId;
        this.text = text;
    }
}
exports.AddReviewCommand = AddReviewCommand;
