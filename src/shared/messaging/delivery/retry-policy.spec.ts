import { decideAfterFailure, retryDelayMs, retryDelays } from './retry-policy';

const policy = { maxAttempts: 5, baseBackoffMs: 100, maxBackoffMs: 1000 };
const failed = { unavailable: false };
const unavailable = { unavailable: true };

describe('retry policy', () => {
  it('doubles the delay with every failed attempt, up to the maximum backoff', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(policy, attempt))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(retryDelayMs(policy, 10_000)).toBe(1000);
  });

  it('lists every delay it can ask for, so a broker can declare one delay queue each', () => {
    expect(retryDelays(policy)).toEqual([100, 200, 400, 800, 1000]);
    expect(retryDelays({ maxAttempts: 3, baseBackoffMs: 500, maxBackoffMs: 500 })).toEqual([500]);
  });

  it('retries a failed handler until the attempts are spent, then dead-letters it', () => {
    expect(decideAfterFailure(policy, 4, [failed])).toEqual({ action: 'retry', delayMs: 800 });
    expect(decideAfterFailure(policy, 5, [failed])).toEqual({ action: 'dead-letter' });
  });

  it('never dead-letters a message only because the database was unavailable', () => {
    expect(decideAfterFailure(policy, 50, [unavailable, unavailable])).toEqual({ action: 'retry', delayMs: 1000 });
  });

  it('dead-letters when any consumer failed for another reason once attempts are spent', () => {
    expect(decideAfterFailure(policy, 5, [unavailable, failed])).toEqual({ action: 'dead-letter' });
  });

  it('allows a single attempt without any retry', () => {
    expect(decideAfterFailure({ ...policy, maxAttempts: 1 }, 1, [failed])).toEqual({ action: 'dead-letter' });
  });
});
