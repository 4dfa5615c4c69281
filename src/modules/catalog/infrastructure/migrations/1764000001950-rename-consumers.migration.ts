import { renameConsumersMigration } from '../../../../shared/messaging/consumers/rename-consumers.migration';

/** Consumer names are now derived from the handlers' class names (`<module>.<intent>`). */
export const RenameCatalogConsumers1764000001950 = renameConsumersMigration('RenameCatalogConsumers1764000001950', {
  'catalog.rating-summary': 'catalog.apply-rating-summary',
  'catalog.stock-levels': 'catalog.apply-stock-levels',
  'catalog.product-created': 'catalog.open-enrichment',
});
