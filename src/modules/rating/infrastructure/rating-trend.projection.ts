import { defineProjection } from '../../../shared/projections/projection';

/** Each product's rating summary at the end of every hour and day it changed in, folded from the announced summaries. */
export const RATING_TREND = defineProjection({ name: 'rating-trend', tables: ['rating.trend_points'] });
