"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IDEMPOTENT_METHODS = exports.IDEMPOTENCY_KEY_HEADER = void 0;
exports.parseIdempotencyKey = parseIdempotencyKey;
exports.requestFingerprint = requestFingerprint;
const node_crypto_1 = require("node:crypto");
const problem_exception_1 = require("../problem.exception");
exports.IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Methods whose requests may carry an `Idempotency-Key`: the ones that create or replace. */
exports.IDEMPOTENT_METHODS = new Set(['POST', 'PUT']);
const KEY = /^[A-Za-z0-9_.:-]{1,200}$/;
/**
 * Reads the `Idempotency-Key` header: absent means "no replay protection"; anything that is not
 * 1-200 characters of `[A-Za-z0-9_.:-]` is a 400 rather than silently ignored (a client that sends
 * a key expects it to work).
 */
function parseIdempotencyKey(header) {
    if (header === undefined)
        return undefined;
    if (typeof header !== 'string' || !KEY.test(header)) {
        throw problem_exception_1.ProblemException.badField('Idempotency-Key', 'Idempotency-Key must be 1-200 characters of letters, digits, "_", ".", ":" or "-" (a UUID is ideal)');
    }
    return header;
}
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((name) => [name, canonical(value[name])]));
}
/** SHA-256 of the body as canonical JSON (keys sorted), so a retry that reorders fields still matches. */
function requestFingerprint(body) {
    return (0, node_crypto_1.createHash)('sha256')
        .update(JSON.stringify(canonical(body ?? null)))
        .digest('hex');
}
