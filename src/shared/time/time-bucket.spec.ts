import { alignRange, bucketCeil, bucketCount, bucketStart, coverRange, nextBucket, shiftBuckets } from './time-bucket';

const at = (iso: string) => new Date(iso);
const iso = (segments: { level: string; from: Date; to: Date }[]) =>
  segments.map(({ level, from, to }) => `${level} ${from.toISOString()} ${to.toISOString()}`);

describe('time buckets', () => {
  it('finds the bucket of an instant in UTC', () => {
    const instant = at('2026-03-15T13:47:29.123Z');
    expect(bucketStart(instant, 'minute').toISOString()).toBe('2026-03-15T13:47:00.000Z');
    expect(bucketStart(instant, 'hour').toISOString()).toBe('2026-03-15T13:00:00.000Z');
    expect(bucketStart(instant, 'day').toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(bucketStart(instant, 'month').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('steps months by the calendar, across a year end', () => {
    expect(nextBucket(at('2026-12-01T00:00:00Z'), 'month').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(nextBucket(at('2026-02-01T00:00:00Z'), 'month').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(shiftBuckets(at('2026-02-01T00:00:00Z'), 'month', -3).toISOString()).toBe('2025-11-01T00:00:00.000Z');
    expect(shiftBuckets(at('2026-02-01T00:00:00Z'), 'hour', -2).toISOString()).toBe('2026-01-31T22:00:00.000Z');
  });

  it('rounds up to a bucket end only when not on one', () => {
    expect(bucketCeil(at('2026-03-15T00:00:00Z'), 'day').toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(bucketCeil(at('2026-03-15T00:00:01Z'), 'day').toISOString()).toBe('2026-03-16T00:00:00.000Z');
  });

  it('widens a range to whole buckets and counts them', () => {
    const range = alignRange({ from: at('2026-03-15T13:47:00Z'), to: at('2026-03-17T00:00:01Z') }, 'day');
    expect(range.from.toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-03-18T00:00:00.000Z');
    expect(bucketCount(range, 'day')).toBe(3);
    expect(bucketCount(range, 'hour')).toBe(72);
    expect(bucketCount({ from: at('2025-11-01T00:00:00Z'), to: at('2026-02-01T00:00:00Z') }, 'month')).toBe(3);
  });

  it('covers a range with the widest buckets inside and finer ones at the edges', () => {
    const range = { from: at('2026-01-30T22:00:00Z'), to: at('2026-04-02T05:00:00Z') };
    expect(iso(coverRange(range, ['hour', 'day', 'month']))).toEqual([
      'hour 2026-01-30T22:00:00.000Z 2026-01-31T00:00:00.000Z',
      'day 2026-01-31T00:00:00.000Z 2026-02-01T00:00:00.000Z',
      'month 2026-02-01T00:00:00.000Z 2026-04-01T00:00:00.000Z',
      'day 2026-04-01T00:00:00.000Z 2026-04-02T00:00:00.000Z',
      'hour 2026-04-02T00:00:00.000Z 2026-04-02T05:00:00.000Z',
    ]);
  });

  it('falls back to finer levels when no wide bucket fits, and covers nothing for an empty range', () => {
    const range = { from: at('2026-01-30T22:00:00Z'), to: at('2026-01-31T03:00:00Z') };
    expect(iso(coverRange(range, ['hour', 'day', 'month']))).toEqual([
      'hour 2026-01-30T22:00:00.000Z 2026-01-31T03:00:00.000Z',
    ]);
    expect(coverRange({ from: range.to, to: range.to }, ['hour', 'day'])).toEqual([]);
  });

  it('covers every instant of a range exactly once', () => {
    const range = { from: at('2025-12-30T05:00:00Z'), to: at('2026-03-03T17:00:00Z') };
    const segments = coverRange(range, ['hour', 'day', 'month']);
    const sorted = [...segments].sort((a, b) => a.from.getTime() - b.from.getTime());
    expect(sorted[0].from).toEqual(range.from);
    expect(sorted[sorted.length - 1].to).toEqual(range.to);
    sorted.slice(1).forEach((segment, index) => expect(segment.from).toEqual(sorted[index].to));
  });
});
