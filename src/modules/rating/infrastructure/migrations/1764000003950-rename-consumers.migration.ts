import { renameConsumersMigration } from '../../../../shared/messaging/consumers/rename-consumers.migration';

/** Consumer names are now derived from the handlers' class names (`<module>.<intent>`). */
export const RenameRatingConsumers1764000003950 = renameConsumersMigration('RenameRatingConsumers1764000003950', {
  'rating.products': 'rating.track-product',
  'rating.summary': 'rating.recalculate-summary',
});
