"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_REACHABLE_HITS = void 0;
exports.criteriaFingerprint = criteriaFingerprint;
exports.firstPage = firstPage;
exports.pageFromCursor = pageFromCursor;
exports.cursorAfter = cursorAfter;
const node_crypto_1 = require("node:crypto");
const search_errors_1 = require("./search.errors");
/**
 * How deep a search can be paged. Results are ordered by a score computed per query, which no
 * index can seek to, so pages are offsets and a deep offset costs a scan of everything before it.
 */
exports.MAX_REACHABLE_HITS = 1000;
function criteriaFingerprint(criteria) {
    const key = JSON.stringify([criteria.text, criteria.minRating, criteria.inStock, criteria.sort]);
    return (0, node_crypto_1.createHash)('sha256').update(key).digest('base64url').slice(0, 16);
}
/** The window starting at `offset`, shortened so no page reaches past the last reachable hit. */
function windowAt(offset, limit) {
    return { offset, limit: Math.min(limit, exports.MAX_REACHABLE_HITS - offset) };
}
function firstPage(limit) {
    return windowAt(0, limit);
}
/** The window a decoded cursor points at; a cursor this search did not hand out is the caller's mistake. */
function pageFromCursor(cursor, criteria, limit) {
    const { offset, criteria: fingerprint } = (cursor ?? {});
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 1 || offset >= exports.MAX_REACHABLE_HITS) {
        throw new search_errors_1.InvalidSearchError('cursor is malformed; pass the nextCursor of a previous page', 'search.invalid-cursor');
    }
    if (fingerprint !== criteriaFingerprint(criteria)) {
        throw new search_errors_1.InvalidSearchError('cursor belongs to a search with other q, minRating, inStock or sort; start again without a cursor', 'search.cursor-mismatch');
    }
    return windowAt(offset, limit);
}
/** The cursor of the page after `window`, or null when it was the last (reachable) page. */
function cursorAfter(window, total, criteria) {
    const offset = window.offset + window.limit;
    if (offset >= total || offset >= exports.MAX_REACHABLE_HITS)
        return null;
    return { offset, criteria: criteriaFingerprint(criteria) };
}
//# sourceMappingURL=search-cursor.js.map