"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EditReviewCommand = void 0;
class EditReviewCommand {
    reviewId;
    editor;
    changes;
    expectedVersion;
    constructor(reviewId, editor, changes, 
    /** From `If-Match`; the edit fails with 412 when the review moved on. */
    expectedVersion) {
        this.reviewId = reviewId;
        this.editor = editor;
        this.changes = changes;
        this.expectedVersion = expectedVersion;
    }
}
exports.EditReviewCommand = EditReviewCommand;
