import { renameConsumersMigration } from '../../../../shared/messaging/consumers/rename-consumers.migration';

/** Consumer names are now derived from the handlers' class names (`<module>.<intent>`). */
export const RenameReviewsConsumers1764000002950 = renameConsumersMigration('RenameReviewsConsumers1764000002950', {
  'reviews.product-created': 'reviews.record-product',
  'reviews.product-deleted': 'reviews.retire-reviews',
});
