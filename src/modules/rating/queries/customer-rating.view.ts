import { CustomerRating } from '../domain/customer-rating';

/** One customer's current rating of one product, as the API shows it after a change. */
export interface CustomerRatingView {
  productId: string;
  userId: string;
  stars: number;
  version: number;
}

/** The view of a rating that a command has just given (so it has stars). */
export const toCustomerRatingView = ({ productId, userId, stars, version }: CustomerRating): CustomerRatingView => ({
  productId,
  userId,
  stars: stars!,
  version,
});
