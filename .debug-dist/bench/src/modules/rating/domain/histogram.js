"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.emptyHistogram = emptyHistogram;
exports.applyVoteChange = applyVoteChange;
exports.countOf = countOf;
exports.sumOf = sumOf;
exports.averageOf = averageOf;
const stars_1 = require("./stars");
function emptyHistogram() {
    return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}
/**
 * Moves one customer's vote from `from` to `to` (null = no vote), so a first rating, a re-rating
 * and a removal are the same operation.
 */
function applyVoteChange(histogram, from, to) {
    const next = { ...histogram };
    if (from !== null) {
        // A vote can only leave a bucket it was counted in; anything else means the tally is corrupt.
        if (next[from] === 0)
            throw new Error(`cannot remove a ${from}-star vote from an empty bucket`);
        next[from] -= 1;
    }
    if (to !== null)
        next[to] += 1;
    return next;
}
function countOf(histogram) {
    return stars_1.ALL_STARS.reduce((count, stars) => count + histogram[stars], 0);
}
function sumOf(histogram) {
    return stars_1.ALL_STARS.reduce((sum, stars) => sum + stars * histogram[stars], 0);
}
/**
 * Mean stars rounded half-up to 2 decimals, 0 without votes. Computed from integer counts every
 * time (never a running float), so it cannot drift however many changes it has seen.
 */
function averageOf(histogram) {
    const count = countOf(histogram);
    if (count === 0)
        return 0;
    return Math.round((sumOf(histogram) * 100) / count) / 100;
}
