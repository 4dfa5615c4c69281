import { backoffDelayMs, shouldRetry } from './retry-policy';

const policy = { maxAttempts: 5, baseBackoffMs: 100, maxBackoffMs: 1000 };

describe('retry policy', () => {
  it('doubles the delay ceiling with every failed attempt', () => {
    const ceiling = (attempt: number) => backoffDelayMs(policy, attempt, () => 1);
    expect([1, 2, 3, 4].map(ceiling)).toEqual([100, 200, 400, 800]);
  });

  it('never waits longer than the maximum backoff', () => {
    expect(backoffDelayMs(policy, 10, () => 1)).toBe(1000);
  });

  it('jitters between half and all of the ceiling', () => {
    expect(backoffDelayMs(policy, 3, () => 0)).toBe(200);
    expect(backoffDelayMs(policy, 3, () => 0.5)).toBe(300);
  });

  it('allows retries until the attempt limit', () => {
    expect(shouldRetry(policy, 4)).toBe(true);
    expect(shouldRetry(policy, 5)).toBe(false);
  });
});
