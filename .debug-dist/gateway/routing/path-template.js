"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PathTemplate = void 0;
exports.pathSegments = pathSegments;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function parseSegment(raw) {
    if (!raw.includes('{'))
        return { rank: 2 /* SegmentRank.Literal */, matches: (value) => value === raw };
    if (/^\{[^{}]+\}$/.test(raw))
        return { rank: 0 /* SegmentRank.Parameter */, matches: (value) => value !== '' };
    const pattern = new RegExp(`^${raw
        .split(/\{[^{}]+\}/)
        .map(escapeRegExp)
        .join('[^/]+')}$`);
    return { rank: 1 /* SegmentRank.Mixed */, matches: (value) => pattern.test(value) };
}
/** Splits an URL path (query string ignored) into its segments, without the empty one before the leading slash. */
function pathSegments(path) {
    const end = path.search(/[?#]/);
    return (end === -1 ? path : path.slice(0, end)).split('/').slice(1);
}
/** An OpenAPI path template such as `/api/v1/products/{id}/reviews`, matched against concrete request paths. */
class PathTemplate {
    template;
    segments;
    constructor(template) {
        this.template = template;
        this.segments = pathSegments(template).map(parseSegment);
    }
    matches(segments) {
        return (segments.length === this.segments.length && this.segments.every((segment, i) => segment.matches(segments[i])));
    }
    /**
     * Orders templates that match the same path, most specific first: the first segment where they
     * differ decides, so `/products/search` wins over `/products/{id}`.
     */
    static bySpecificity(a, b) {
        for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
            const difference = b.segments[i].rank - a.segments[i].rank;
            if (difference !== 0)
                return difference;
        }
        // Templates of different lengths never match the same path; this only keeps the order total.
        return a.segments.length - b.segments.length;
    }
}
exports.PathTemplate = PathTemplate;
//# sourceMappingURL=path-template.js.map