"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseIfMatch = parseIfMatch;
const problem_exception_1 = require("./problem.exception");
// A bare version, a strong ETag or a weak ETag: 3, "3", W/"3".
const VERSION_TAG = /^(?:W\/)?"(\d{1,15})"$|^(\d{1,15})$/;
/**
 * Reads the expected version from an `If-Match` header for optimistic concurrency. Absent means
 * "no precondition"; anything unreadable is a 400 rather than silently ignored.
 */
function parseIfMatch(header) {
    if (header === undefined)
        return undefined;
    const match = VERSION_TAG.exec(header.trim());
    if (!match) {
        throw problem_exception_1.ProblemException.badField('If-Match', 'If-Match must be a version such as "3" (the ETag of the resource)');
    }
    return Number(match[1] ?? match[2]);
}
//# sourceMappingURL=if-match.js.map