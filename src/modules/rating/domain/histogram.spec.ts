import { applyVoteChange, averageOf, countOf, emptyHistogram, sumOf } from './histogram';

describe('histogram', () => {
  it('counts a first vote in its bucket', () => {
    expect(applyVoteChange(emptyHistogram(), null, 4)).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 });
  });

  it('moves a changed vote between buckets', () => {
    const histogram = applyVoteChange(applyVoteChange(emptyHistogram(), null, 4), 4, 2);
    expect(histogram).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 });
    expect(countOf(histogram)).toBe(1);
  });

  it('removes a vote from its bucket', () => {
    const histogram = applyVoteChange({ 1: 0, 2: 0, 3: 2, 4: 0, 5: 0 }, 3, null);
    expect(histogram).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 });
  });

  it('refuses to remove a vote the histogram never counted', () => {
    expect(() => applyVoteChange(emptyHistogram(), 3, null)).toThrow(/empty bucket/);
  });

  it('does not modify the histogram it is given', () => {
    const histogram = emptyHistogram();
    applyVoteChange(histogram, null, 5);
    expect(histogram).toEqual(emptyHistogram());
  });

  it('averages to 0 without votes', () => {
    expect(averageOf(emptyHistogram())).toBe(0);
  });

  it('averages exactly from counts', () => {
    const histogram = { 1: 1, 2: 0, 3: 0, 4: 1, 5: 1 };
    expect(countOf(histogram)).toBe(3);
    expect(sumOf(histogram)).toBe(10);
    expect(averageOf(histogram)).toBe(3.33);
  });

  it('rounds the average half up to 2 decimals', () => {
    // 9 / 8 = 1.125 exactly
    expect(averageOf({ 1: 7, 2: 1, 3: 0, 4: 0, 5: 0 })).toBe(1.13);
    // 5 / 3 = 1.666…
    expect(averageOf({ 1: 1, 2: 2, 3: 0, 4: 0, 5: 0 })).toBe(1.67);
  });

  it('keeps the average exact for very many votes', () => {
    expect(averageOf({ 1: 0, 2: 0, 3: 0, 4: 1_000_000, 5: 1_000_000 })).toBe(4.5);
  });
});
