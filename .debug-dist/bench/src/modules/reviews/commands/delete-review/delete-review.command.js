"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeleteReviewCommand = void 0;
class DeleteReviewCommand {
    reviewId;
    requester;
    expectedVersion;
    constructor(reviewId, requester, expectedVersion) {
        this.reviewId = reviewId;
        this.requester = requester;
        this.expectedVersion = expectedVersion;
    }
}
exports.DeleteReviewCommand = DeleteReviewCommand;
