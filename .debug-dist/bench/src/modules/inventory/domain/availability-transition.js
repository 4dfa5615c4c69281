"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.availabilityTransition = availabilityTransition;
/**
 * Whether a change of available units crosses zero. Only the crossing is news to consumers: a
 * reservation that leaves 3 of 5 units, or a second restock, changes nothing about availability.
 */
function availabilityTransition(before, after) {
    if (before > 0 && after === 0)
        return 'out-of-stock';
    if (before === 0 && after > 0)
        return 'back-in-stock';
    return undefined;
}
