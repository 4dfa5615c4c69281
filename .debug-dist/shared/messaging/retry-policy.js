"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.backoffDelayMs = backoffDelayMs;
exports.shouldRetry = shouldRetry;
/** Delay before attempt `attempt + 1`, given that `attempt` (1-based) just failed. */
function backoffDelayMs(policy, attempt, random = Math.random) {
    const ceiling = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/** True while another attempt is allowed after `attempt` failures. */
function shouldRetry(policy, attempt) {
    return attempt < policy.maxAttempts;
}
//# sourceMappingURL=retry-policy.js.map