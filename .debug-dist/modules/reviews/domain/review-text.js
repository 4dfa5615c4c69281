"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reviewBody = exports.reviewTitle = exports.BODY_MAX_LENGTH = exports.TITLE_MAX_LENGTH = void 0;
const reviews_errors_1 = require("./reviews.errors");
exports.TITLE_MAX_LENGTH = 120;
exports.BODY_MAX_LENGTH = 5000;
// Code points, not UTF-16 units, so an emoji counts as one character as the client sees it.
const lengthOf = (value) => [...value].length;
function text(field, raw, max) {
    const value = raw.trim();
    const length = lengthOf(value);
    if (length === 0 || length > max) {
        throw new reviews_errors_1.InvalidReviewError(`${field} must be 1-${max} characters (after trimming)`, `review.invalid-${field}`);
    }
    return value;
}
/** A review title: trimmed, 1-120 characters. */
const reviewTitle = (raw) => text('title', raw, exports.TITLE_MAX_LENGTH);
exports.reviewTitle = reviewTitle;
/** A review body: trimmed, 1-5,000 characters. */
const reviewBody = (raw) => text('body', raw, exports.BODY_MAX_LENGTH);
exports.reviewBody = reviewBody;
//# sourceMappingURL=review-text.js.map