/** Nearest-rank percentile of `values` (`q` in 0..1); null for no values. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

export const round1 = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);
