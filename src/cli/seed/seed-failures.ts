/** What the seed keeps of a response: the status, and the body (a created product, or a problem). */
export interface SeedResponse {
  status: number;
  body: { id?: string; title?: string; detail?: string } | undefined;
}

/** The status line and problem details of a failed response, e.g. `401 Unauthorized: token expired`. */
export function describeResponse(response: SeedResponse): string {
  const title = response.body?.title ?? '';
  const detail = response.body?.detail && response.body.detail !== title ? `: ${response.body.detail}` : '';
  return `${response.status}${title ? ` ${title}` : ''}${detail}`;
}

/**
 * Failed requests grouped by request and status, each group with the first reason the server gave,
 * so the summary says what went wrong rather than only how often.
 */
export class SeedFailures {
  private readonly groups = new Map<string, { count: number; example: string }>();
  count = 0;

  record(request: string, response: SeedResponse): void {
    const key = `${request} ${response.status}`;
    const group = this.groups.get(key) ?? { count: 0, example: `${request} → ${describeResponse(response)}` };
    group.count++;
    this.groups.set(key, group);
    this.count++;
  }

  /** One line per group, most frequent first: `  12 × POST /api/v1/products → 409 Conflict: …`. */
  lines(): string[] {
    return [...this.groups.values()]
      .sort((a, b) => b.count - a.count)
      .map((group) => `  ${group.count} × ${group.example}`);
  }
}
