"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_CATEGORY_LENGTH = exports.CATEGORY_SLUG = exports.MAX_CATEGORIES = void 0;
exports.categories = categories;
const catalog_errors_1 = require("./catalog.errors");
exports.MAX_CATEGORIES = 10;
exports.CATEGORY_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
exports.MAX_CATEGORY_LENGTH = 50;
/** Up to 10 distinct lower-case slugs (`lighting`, `home-office`), in the order given. */
function categories(raw) {
    const unique = [...new Set(raw)];
    if (unique.length > exports.MAX_CATEGORIES) {
        throw new catalog_errors_1.InvalidProductError(`categories may hold at most ${exports.MAX_CATEGORIES} entries`, 'catalog.invalid-categories');
    }
    const invalid = unique.find((slug) => !exports.CATEGORY_SLUG.test(slug) || slug.length > exports.MAX_CATEGORY_LENGTH);
    if (invalid !== undefined) {
        throw new catalog_errors_1.InvalidProductError(`category "${invalid}" must be a lower-case slug of letters, digits and single dashes (at most ${exports.MAX_CATEGORY_LENGTH} characters)`, 'catalog.invalid-categories');
    }
    return unique;
}
