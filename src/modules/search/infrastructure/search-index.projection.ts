import { defineProjection } from '../../../shared/projections/projection';

/** The full-text search documents: product text, review text, rating and stock. */
export const SEARCH_INDEX = defineProjection({ name: 'search-index', tables: ['search.documents', 'search.reviews'] });
