/** The description of the `analytics` tag. */
export const ANALYTICS_TAG = 'Operators: aggregates over the event history';
