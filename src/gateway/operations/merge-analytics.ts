/** A service's answer to `GET /analytics/events`. */
export interface EventCounts {
  bucket: string;
  from: string;
  to: string;
  items: Array<{ bucket: string; type: string; count: number }>;
}

/** A service's answer to `GET /analytics/<resource>/top`. */
export interface TopList {
  by: string;
  from: string;
  to: string;
  /** As many as the client's `limit`, highest first. */
  items: Array<{ id: string; total: number }>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The services' counts summed per bucket and type, by bucket then type as one server orders them. */
export function mergeEventCounts(answers: readonly EventCounts[]): EventCounts {
  const sums = new Map<string, { bucket: string; type: string; count: number }>();
  for (const item of answers.flatMap((answer) => answer.items)) {
    const key = `${item.bucket} ${item.type}`;
    const known = sums.get(key);
    sums.set(key, { ...item, count: (known?.count ?? 0) + item.count });
  }
  const items = [...sums.values()].sort((a, b) => byText(a.bucket, b.bucket) || byText(a.type, b.type));
  return { ...answers[0], items };
}

/**
 * The services' top lists summed per id, highest first (ties by id), cut to the longest list's
 * length (the client's `limit`, or fewer when no service had more). Exact when each id's events
 * of the measure are counted by one service — as they are: a measure counts one module's events,
 * stored only by the service hosting that module; every other service answers an empty list.
 */
export function mergeTopLists(answers: readonly TopList[]): TopList {
  const limit = Math.max(...answers.map((answer) => answer.items.length));
  const totals = new Map<string, number>();
  for (const item of answers.flatMap((answer) => answer.items))
    totals.set(item.id, (totals.get(item.id) ?? 0) + item.total);
  const items = [...totals]
    .map(([id, total]) => ({ id, total }))
    .sort((a, b) => b.total - a.total || byText(a.id, b.id))
    .slice(0, limit);
  return { ...answers[0], items };
}
