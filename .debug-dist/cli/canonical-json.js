"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.canonicalJson = canonicalJson;
/** Recursively sorts object keys; arrays keep their order because it is meaningful (e.g. `required`, tags). */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]));
}
/** JSON with sorted keys, 2-space indent and a trailing newline: the form generated files are committed in. */
function canonicalJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
//# sourceMappingURL=canonical-json.js.map