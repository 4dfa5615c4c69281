"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.round1 = void 0;
exports.percentile = percentile;
/** Nearest-rank percentile of `values` (`q` in 0..1); null for no values. */
function percentile(values, q) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}
const round1 = (value) => (value === null ? null : Math.round(value * 10) / 10);
exports.round1 = round1;
