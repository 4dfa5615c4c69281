"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compareText = compareText;
/** Orders by UTF-16 code units, never by locale, so generated pages are the same on every machine. */
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
//# sourceMappingURL=compare-text.js.map