"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALL_STARS = exports.MAX_STARS = exports.MIN_STARS = void 0;
exports.toStars = toStars;
const rating_errors_1 = require("./rating.errors");
exports.MIN_STARS = 1;
exports.MAX_STARS = 5;
exports.ALL_STARS = [1, 2, 3, 4, 5];
function isStars(value) {
    return Number.isInteger(value) && value >= exports.MIN_STARS && value <= exports.MAX_STARS;
}
/** Accepts only a JSON integer 1..5: "4" or 3.5 are refused rather than coerced, so clients see their mistake. */
function toStars(value) {
    if (!isStars(value))
        throw new rating_errors_1.InvalidStarsError();
    return value;
}
//# sourceMappingURL=stars.js.map