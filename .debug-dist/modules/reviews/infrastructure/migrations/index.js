"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REVIEWS_MIGRATIONS = void 0;
const _1764000002000_create_reviews_schema_migration_1 = require("./1764000002000-create-reviews-schema.migration");
exports.REVIEWS_MIGRATIONS = [_1764000002000_create_reviews_schema_migration_1.CreateReviewsSchema1764000002000];
//# sourceMappingURL=index.js.map