"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.errorChain = errorChain;
exports.rootReason = rootReason;
/**
 * The errors of `error`'s cause chain, outermost first. Duck-typed rather than `instanceof
 * Error`: network errors may come from another realm (Node's own, under a test runner's sandbox).
 */
function errorChain(error) {
    const chain = [];
    for (let current = error; typeof current === 'object' && current !== null && chain.length < 5;) {
        chain.push(current);
        current = current.cause;
    }
    return chain;
}
/** The innermost message of the chain: `connect ECONNREFUSED 10.0.0.7:3000` rather than `fetch failed`. */
function rootReason(error) {
    const messages = errorChain(error).flatMap((link) => (typeof link.message === 'string' ? [link.message] : []));
    return messages.at(-1) ?? String(error);
}
//# sourceMappingURL=error-chain.js.map