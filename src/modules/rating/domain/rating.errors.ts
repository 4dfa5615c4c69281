import { DomainError } from '../../../shared/domain/domain-error';

export class InvalidStarsError extends DomainError {
  constructor() {
    super('invalid', 'stars must be a whole number from 1 to 5', 'rating.invalid-stars', 'stars');
  }
}

export class RatedProductNotFoundError extends DomainError {
  constructor(productId: string) {
    super('not-found', `product ${productId} does not exist`, 'rating.product-not-found');
  }
}

export class RatingNotFoundError extends DomainError {
  constructor(productId: string) {
    super('not-found', `you have not rated product ${productId}`, 'rating.rating-not-found');
  }
}
