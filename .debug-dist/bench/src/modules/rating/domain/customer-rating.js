"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unrated = unrated;
exports.rate = rate;
exports.removeRating = removeRating;
const rating_errors_1 = require("./rating.errors");
function unrated(productId, userId) {
    return { productId, userId, stars: null, version: 0 };
}
function rate(current, stars) {
    if (current.stars === stars)
        return { rating: current };
    return {
        rating: { ...current, stars, version: current.version + 1 },
        change: { kind: 'rated', stars, previousStars: current.stars },
    };
}
function removeRating(current) {
    if (current.stars === null)
        throw new rating_errors_1.RatingNotFoundError(current.productId);
    return {
        rating: { ...current, stars: null, version: current.version + 1 },
        change: { kind: 'removed', previousStars: current.stars },
    };
}
