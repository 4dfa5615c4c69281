import { DomainError } from '../../../shared/domain/domain-error';

export class InvalidReviewError extends DomainError {
  constructor(message: string, code: string, field: string) {
    super('invalid', message, code, field);
  }
}

export class ReviewNotFoundError extends DomainError {
  constructor(reviewId: string) {
    super('not-found', `review ${reviewId} does not exist`, 'review.not-found');
  }
}

export class ReviewedProductNotFoundError extends DomainError {
  constructor(productId: string) {
    super('not-found', `product ${productId} does not exist`, 'review.product-not-found');
  }
}

export class ReviewAlreadyExistsError extends DomainError {
  constructor(productId: string) {
    super('conflict', `you have already reviewed product ${productId}`, 'review.already-exists');
  }
}

export class ReviewForbiddenError extends DomainError {
  constructor(action: 'edit' | 'delete') {
    const who = action === 'edit' ? 'its author' : 'its author or an admin';
    super('forbidden', `only ${who} may ${action} this review`, `review.${action}-forbidden`);
  }
}

export class StaleReviewVersionError extends DomainError {
  constructor(expected: number, actual: number) {
    super('precondition-failed', `review is at version ${actual}, not ${expected}`, 'review.stale-version');
  }
}
