import { defineProjection } from '../../../shared/projections/projection';

/** Each product's rating average, count and histogram, folded from its customers' ratings. */
export const RATING_SUMMARY = defineProjection({
  name: 'rating-summary',
  tables: ['rating.summaries', 'rating.summary_votes'],
});
