import { CreateAnalyticsRollups1764000000900 } from './1764000000900-create-analytics-rollups.migration';

/** The analytics kernel's own tables; every process that hosts modules has them. */
export const ANALYTICS_MIGRATIONS = [CreateAnalyticsRollups1764000000900];
