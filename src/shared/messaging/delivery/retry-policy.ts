/**
 * The one retry policy of event delivery, for every transport. Pure, so it is unit tested alone.
 *
 * Delays are deterministic (`base · 2^(attempt-1)`, capped at `maxBackoffMs`), without jitter: a
 * broker waits in one queue per delay (a per-message TTL would block behind the head of its queue),
 * so every transport uses exactly these delays. Retries of different messages are spread anyway by
 * when each first failed.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

/** Delay before attempt `attempt + 1`, given that `attempt` (1-based) just failed. */
export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  // Capped exponent: past the cap every delay is `maxBackoffMs`, and 2^n never overflows.
  const exponent = Math.min(Math.max(attempt, 1) - 1, 52);
  return Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** exponent);
}

/** Every delay `retryDelayMs` can return, ascending: what a broker declares its delay queues for. */
export function retryDelays(policy: RetryPolicy): number[] {
  const delays = new Set<number>();
  for (let attempt = 1; ; attempt++) {
    const delay = retryDelayMs(policy, attempt);
    delays.add(delay);
    if (delay >= policy.maxBackoffMs) return [...delays];
  }
}

/** What became of one consumer's attempt to apply a message. */
export interface FailedAttempt {
  /** The failure says a dependency (the database) is unreachable or overloaded right now, not that the event cannot be applied. */
  unavailable: boolean;
}

export type RetryDecision = { action: 'retry'; delayMs: number } | { action: 'dead-letter' };

/**
 * After attempt `attempt` failed for some consumers: try again after the backoff while attempts are
 * left; once they are spent, park the message as a dead letter. A failure that only says the database
 * is unavailable never spends the budget — the message waits (at the longest backoff) until the
 * database is back, rather than being parked while nothing is wrong with it.
 */
export function decideAfterFailure(
  policy: RetryPolicy,
  attempt: number,
  failures: readonly FailedAttempt[],
): RetryDecision {
  const waiting = failures.every((failure) => failure.unavailable);
  if (attempt < policy.maxAttempts || waiting) return { action: 'retry', delayMs: retryDelayMs(policy, attempt) };
  return { action: 'dead-letter' };
}
