import { ProblemException } from './problem.exception';
import { TIMESTAMP_PATTERN, resolveRange } from './time-range-query';

const NOW = new Date('2026-03-15T13:47:29Z');
const iso = ({ from, to }: { from: Date; to: Date }) => [from.toISOString(), to.toISOString()];
const problem = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ProblemException ? error.getStatus() : error;
  }
  return 'no problem';
};

describe('time range of a query', () => {
  it('accepts ISO 8601 dates and timestamps with a zone only', () => {
    for (const ok of ['2026-03-15', '2026-03-15T13:47Z', '2026-03-15T13:47:29.123Z', '2026-03-15T13:47:29+02:00']) {
      expect(TIMESTAMP_PATTERN.test(ok)).toBe(true);
    }
    for (const bad of ['yesterday', '2026-03-15T13:47:29', '15.03.2026', '2026-3-15']) {
      expect(TIMESTAMP_PATTERN.test(bad)).toBe(false);
    }
  });

  it('widens the range to whole buckets and defaults to the last buckets up to now', () => {
    expect(
      iso(
        resolveRange({ from: '2026-03-01T10:30:00Z', to: '2026-03-02T00:00:00Z' }, 'day', {
          defaultFrom: 30,
          maxBuckets: 100,
        }),
      ),
    ).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z']);
    expect(iso(resolveRange({}, 'hour', { defaultFrom: 3, maxBuckets: 100 }, NOW))).toEqual([
      '2026-03-15T11:00:00.000Z',
      '2026-03-15T14:00:00.000Z',
    ]);
    expect(iso(resolveRange({}, 'hour', { defaultFrom: new Date(0), maxBuckets: Infinity }, NOW))[0]).toBe(
      '1970-01-01T00:00:00.000Z',
    );
  });

  it('refuses an impossible date, an empty or reversed range and too many buckets with a 400', () => {
    const rules = { defaultFrom: 30, maxBuckets: 48 };
    expect(problem(() => resolveRange({ from: '2026-13-01' }, 'day', rules, NOW))).toBe(400);
    expect(problem(() => resolveRange({ from: '2026-03-02', to: '2026-03-02' }, 'day', rules, NOW))).toBe(400);
    expect(problem(() => resolveRange({ from: '2026-03-03', to: '2026-03-02' }, 'day', rules, NOW))).toBe(400);
    expect(problem(() => resolveRange({ from: '2026-03-01', to: '2026-03-03T00:00:01Z' }, 'hour', rules, NOW))).toBe(
      400,
    );
    expect(problem(() => resolveRange({ from: '2026-03-01', to: '2026-03-03' }, 'hour', rules, NOW))).toBe(
      'no problem',
    );
  });
});
