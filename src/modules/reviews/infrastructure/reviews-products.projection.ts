import { defineProjection } from '../../../shared/projections/projection';

/** Which catalog products exist, so reviews are taken only for them. */
export const REVIEWS_PRODUCTS = defineProjection({ name: 'reviews-products', tables: ['reviews.products'] });
