export type AvailabilityTransition = 'out-of-stock' | 'back-in-stock';

/**
 * Whether a change of available units crosses zero. Only the crossing is news to consumers: a
 * reservation that leaves 3 of 5 units, or a second restock, changes nothing about availability.
 */
export function availabilityTransition(before: number, after: number): AvailabilityTransition | undefined {
  if (before > 0 && after === 0) return 'out-of-stock';
  if (before === 0 && after > 0) return 'back-in-stock';
  return undefined;
}
