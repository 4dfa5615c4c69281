import { defineProjection } from '../../../shared/projections/projection';

/** Which catalog products exist, so stock is kept only for them. */
export const INVENTORY_PRODUCTS = defineProjection({ name: 'inventory-products', tables: ['inventory.products'] });
