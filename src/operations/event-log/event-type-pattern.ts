/** `reviews.review-added.v1`, or a prefix ending in `*` such as `reviews.*` or `reviews.review-*`. */
export const EVENT_TYPE_PATTERN = /^[a-z0-9.-]*\*?$/;

/** The SQL condition on `type` for a validated pattern: exact match, or a prefix match when it ends in `*`. */
export function typeCondition(pattern: string, parameter: string): { sql: string; value: string } {
  // The pattern admits neither `%`, `_` nor `\`, so the prefix needs no LIKE escaping.
  if (pattern.endsWith('*')) return { sql: `type LIKE ${parameter}`, value: `${pattern.slice(0, -1)}%` };
  return { sql: `type = ${parameter}`, value: pattern };
}
