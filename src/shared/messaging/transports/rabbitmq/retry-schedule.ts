import { RetryPolicy } from '../../delivery/retry-policy';

/**
 * Delays before attempts 2..maxAttempts: `base * 2^(n-1)` capped at `max`. Broker-side delays sit in
 * per-delay TTL queues, so they are the deterministic ceiling of the in-process schedule (no jitter:
 * a per-message TTL would block behind the head of its queue).
 */
export function retryDelaysMs(policy: RetryPolicy): number[] {
  return Array.from({ length: policy.maxAttempts - 1 }, (_, index) =>
    Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** index),
  );
}
