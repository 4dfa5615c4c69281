import { retryDelaysMs } from './retry-schedule';

describe('retryDelaysMs', () => {
  it('doubles the delay before each further attempt', () => {
    expect(retryDelaysMs({ maxAttempts: 5, baseBackoffMs: 100, maxBackoffMs: 10000 })).toEqual([100, 200, 400, 800]);
  });

  it('caps the delay at the maximum backoff', () => {
    expect(retryDelaysMs({ maxAttempts: 6, baseBackoffMs: 1000, maxBackoffMs: 5000 })).toEqual([
      1000, 2000, 4000, 5000, 5000,
    ]);
  });

  it('has no delay when a single attempt is allowed', () => {
    expect(retryDelaysMs({ maxAttempts: 1, baseBackoffMs: 100, maxBackoffMs: 1000 })).toEqual([]);
  });
});
