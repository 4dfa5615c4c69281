import { renameConsumersMigration } from '../../../../shared/messaging/consumers/rename-consumers.migration';

/** Consumer names are now derived from the handlers' class names (`<module>.<intent>`). */
export const RenameInventoryConsumers1764000004950 = renameConsumersMigration('RenameInventoryConsumers1764000004950', {
  'inventory.views': 'inventory.count-views',
  'inventory.stock-on-product-created': 'inventory.open-stock',
  'inventory.stock-on-product-deleted': 'inventory.close-stock',
});
