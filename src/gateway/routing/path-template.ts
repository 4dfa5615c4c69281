/** How strongly a template segment pins a request segment: literals beat partial parameters beat whole ones. */
const enum SegmentRank {
  Parameter = 0,
  Mixed = 1,
  Literal = 2,
}

interface Segment {
  rank: SegmentRank;
  matches(value: string): boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseSegment(raw: string): Segment {
  if (!raw.includes('{')) return { rank: SegmentRank.Literal, matches: (value) => value === raw };
  if (/^\{[^{}]+\}$/.test(raw)) return { rank: SegmentRank.Parameter, matches: (value) => value !== '' };
  const pattern = new RegExp(
    `^${raw
      .split(/\{[^{}]+\}/)
      .map(escapeRegExp)
      .join('[^/]+')}$`,
  );
  return { rank: SegmentRank.Mixed, matches: (value) => pattern.test(value) };
}

/** Splits an URL path (query string ignored) into its segments, without the empty one before the leading slash. */
export function pathSegments(path: string): string[] {
  const end = path.search(/[?#]/);
  return (end === -1 ? path : path.slice(0, end)).split('/').slice(1);
}

/** An OpenAPI path template such as `/api/v1/products/{id}/reviews`, matched against concrete request paths. */
export class PathTemplate {
  private readonly segments: Segment[];

  constructor(readonly template: string) {
    this.segments = pathSegments(template).map(parseSegment);
  }

  matches(segments: readonly string[]): boolean {
    return (
      segments.length === this.segments.length && this.segments.every((segment, i) => segment.matches(segments[i]))
    );
  }

  /**
   * Orders templates that match the same path, most specific first: the first segment where they
   * differ decides, so `/products/search` wins over `/products/{id}`.
   */
  static bySpecificity(a: PathTemplate, b: PathTemplate): number {
    for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
      const difference = b.segments[i].rank - a.segments[i].rank;
      if (difference !== 0) return difference;
    }
    // Templates of different lengths never match the same path; this only keeps the order total.
    return a.segments.length - b.segments.length;
  }
}
