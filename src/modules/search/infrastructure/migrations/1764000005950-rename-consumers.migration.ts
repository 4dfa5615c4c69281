import { renameConsumersMigration } from '../../../../shared/messaging/consumers/rename-consumers.migration';

/** Consumer names are now derived from the handlers' class names (`<module>.<intent>`). */
export const RenameSearchConsumers1764000005950 = renameConsumersMigration('RenameSearchConsumers1764000005950', {
  'search.index-product-created': 'search.index-product',
  'search.index-product-updated': 'search.reindex-product',
  'search.index-review-text': 'search.index-review',
  'search.remove-deleted-product': 'search.remove-product',
  'search.remove-deleted-review': 'search.remove-review',
});
