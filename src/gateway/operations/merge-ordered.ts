/** One service's items, in that service's own order. */
export interface Sequence<T> {
  module: string;
  items: readonly T[];
}

/**
 * Merges per-service sequences into one of at most `limit` items: at each step the head that sorts
 * first by `key` (ties: the services' order as given) is taken. Each service's own order is kept, so
 * a reader that resumes each service after the last item taken from it misses and repeats nothing.
 */
export function mergeOrdered<T>(
  sequences: ReadonlyArray<Sequence<T>>,
  key: (item: T) => string,
  limit: number,
): Array<{ module: string; item: T }> {
  const next = sequences.map(() => 0);
  const merged: Array<{ module: string; item: T }> = [];
  while (merged.length < limit) {
    let best = -1;
    sequences.forEach((sequence, index) => {
      const head = sequence.items[next[index]];
      if (head === undefined) return;
      if (best === -1 || key(head) < key(sequences[best].items[next[best]])) best = index;
    });
    if (best === -1) break;
    merged.push({ module: sequences[best].module, item: sequences[best].items[next[best]++] });
  }
  return merged;
}
