"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_VOTE = void 0;
exports.tallyVote = tallyVote;
const histogram_1 = require("./histogram");
exports.NO_VOTE = { stars: null, version: 0 };
/**
 * Applies a rating event to a product's tally. Only an event newer than the vote's last applied
 * version counts, and it moves the vote from the stars the tally holds (not the event's
 * `previousStars`, which may describe an event not seen yet), so any delivery order converges to
 * the histogram of each customer's latest vote.
 */
function tallyVote(tally, vote, event) {
    if (event.streamVersion <= vote.version)
        return { kind: 'stale' };
    const nextVote = { stars: event.stars, version: event.streamVersion };
    if (vote.stars === event.stars)
        return { kind: 'applied', vote: nextVote, tally, changed: false };
    return {
        kind: 'applied',
        vote: nextVote,
        tally: { histogram: (0, histogram_1.applyVoteChange)(tally.histogram, vote.stars, event.stars), version: tally.version + 1 },
        changed: true,
    };
}
//# sourceMappingURL=rating-tally.js.map