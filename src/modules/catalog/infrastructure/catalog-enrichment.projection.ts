import { defineProjection } from '../../../shared/projections/projection';

/** Rating and availability shown on the product detail, kept from rating and stock events. */
export const CATALOG_ENRICHMENT = defineProjection({
  name: 'catalog-enrichment',
  tables: ['catalog.product_enrichment'],
});
