import { reviewBody, reviewTitle } from './review-text';
import { InvalidReviewError } from './reviews.errors';

describe('review text', () => {
  it('trims the title and the body', () => {
    expect(reviewTitle('  Great fit \n')).toBe('Great fit');
    expect(reviewBody('\tWashes well.  ')).toBe('Washes well.');
  });

  it('accepts a title of exactly 120 characters and a body of exactly 5,000', () => {
    expect(reviewTitle('t'.repeat(120))).toHaveLength(120);
    expect(reviewBody('b'.repeat(5000))).toHaveLength(5000);
  });

  it('rejects a title of 121 characters', () => {
    expect(() => reviewTitle('t'.repeat(121))).toThrow(InvalidReviewError);
  });

  it('rejects a body of 5,001 characters', () => {
    expect(() => reviewBody('b'.repeat(5001))).toThrow(InvalidReviewError);
  });

  it('rejects an empty or blank title and body', () => {
    expect(() => reviewTitle('')).toThrow(InvalidReviewError);
    expect(() => reviewTitle('   ')).toThrow(/title must be 1-120 characters/);
    expect(() => reviewBody(' \n ')).toThrow(/body must be 1-5000 characters/);
  });

  it('measures length after trimming, so padding does not count', () => {
    expect(reviewTitle(` ${'t'.repeat(120)} `)).toHaveLength(120);
  });

  it('counts an emoji as one character', () => {
    expect(() => reviewTitle('👍'.repeat(120))).not.toThrow();
    expect(() => reviewTitle('👍'.repeat(121))).toThrow(InvalidReviewError);
  });
});
