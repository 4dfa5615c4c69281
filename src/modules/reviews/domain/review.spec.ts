import { Review, deleteReview, editReview, writeReview } from './review';
import { InvalidReviewError, ReviewForbiddenError, StaleReviewVersionError } from './reviews.errors';

const author = { id: 'customer-1', isAdmin: false };
const otherCustomer = { id: 'customer-2', isAdmin: false };
const admin = { id: 'admin-1', isAdmin: true };

const review = (): Review => writeReview('review-1', 'product-1', author.id, { title: 'Good', body: 'Fits well.' });

describe('writing a review', () => {
  it('starts at version 1 with the trimmed text', () => {
    expect(writeReview('r', 'p', 'a', { title: ' Good ', body: ' Fits. ' })).toEqual({
      id: 'r',
      productId: 'p',
      authorId: 'a',
      title: 'Good',
      body: 'Fits.',
      version: 1,
    });
  });

  it('rejects text outside the limits', () => {
    expect(() => writeReview('r', 'p', 'a', { title: '', body: 'Fits.' })).toThrow(InvalidReviewError);
    expect(() => writeReview('r', 'p', 'a', { title: 'Good', body: 'b'.repeat(5001) })).toThrow(InvalidReviewError);
  });
});

describe('editing a review', () => {
  it('lets the author change the text and increments the version', () => {
    const edited = editReview(review(), author, { body: 'Shrank after washing.' });
    expect(edited).toMatchObject({ title: 'Good', body: 'Shrank after washing.', version: 2 });
  });

  it('forbids another customer', () => {
    expect(() => editReview(review(), otherCustomer, { title: 'Bad' })).toThrow(ReviewForbiddenError);
  });

  it('forbids an admin who is not the author', () => {
    expect(() => editReview(review(), admin, { title: 'Moderated' })).toThrow(ReviewForbiddenError);
  });

  it('checks ownership before the version, so a stranger learns nothing about the review', () => {
    expect(() => editReview(review(), otherCustomer, { title: 'Bad' }, 7)).toThrow(ReviewForbiddenError);
  });

  it('fails with a stale expected version', () => {
    expect(() => editReview(review(), author, { title: 'Better' }, 2)).toThrow(StaleReviewVersionError);
  });

  it('keeps the version when nothing actually changes', () => {
    const current = review();
    expect(editReview(current, author, { title: '  Good  ' }, 1)).toBe(current);
  });

  it('rejects text outside the limits', () => {
    expect(() => editReview(review(), author, { title: 't'.repeat(121) })).toThrow(InvalidReviewError);
  });
});

describe('deleting a review', () => {
  it('lets the author delete it', () => {
    expect(deleteReview(review(), author)).toBe('author');
  });

  it('lets an admin delete it', () => {
    expect(deleteReview(review(), admin)).toBe('admin');
  });

  it('records an admin deleting their own review as the author', () => {
    const own = writeReview('r', 'p', admin.id, { title: 'Mine', body: 'My own.' });
    expect(deleteReview(own, admin)).toBe('author');
  });

  it('forbids another customer', () => {
    expect(() => deleteReview(review(), otherCustomer)).toThrow(ReviewForbiddenError);
  });

  it('fails with a stale expected version', () => {
    expect(() => deleteReview(review(), author, 3)).toThrow(StaleReviewVersionError);
  });
});
