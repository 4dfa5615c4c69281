"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.retryDelaysMs = retryDelaysMs;
/**
 * Delays before attempts 2..maxAttempts: `base * 2^(n-1)` capped at `max`. Broker-side delays sit in
 * per-delay TTL queues, so they are the deterministic ceiling of the in-process schedule (no jitter:
 * a per-message TTL would block behind the head of its queue).
 */
function retryDelaysMs(policy) {
    return Array.from({ length: policy.maxAttempts - 1 }, (_, index) => Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** index));
}
