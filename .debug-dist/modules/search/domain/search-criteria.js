"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEARCH_SORTS = exports.MAX_QUERY_LENGTH = void 0;
exports.toSearchCriteria = toSearchCriteria;
const search_errors_1 = require("./search.errors");
/** Longest `q` accepted: enough for any real query, short enough to keep ranking cheap. */
exports.MAX_QUERY_LENGTH = 200;
exports.SEARCH_SORTS = ['relevance', 'rating', 'newest'];
/**
 * Normalises a request: blank text means browsing (no text constraint), and the order defaults to
 * relevance when there is text and to newest otherwise. Relevance without text is refused because
 * every score would be 0, so the caller would get an arbitrary order that looks ranked.
 */
function toSearchCriteria(request) {
    const text = request.q?.trim() || null;
    const sort = request.sort ?? (text ? 'relevance' : 'newest');
    if (sort === 'relevance' && !text) {
        throw new search_errors_1.InvalidSearchError('sort=relevance needs a non-blank q; use sort=newest or sort=rating to browse', 'search.relevance-needs-query');
    }
    return { text, minRating: request.minRating ?? null, inStock: request.inStock ?? null, sort };
}
//# sourceMappingURL=search-criteria.js.map