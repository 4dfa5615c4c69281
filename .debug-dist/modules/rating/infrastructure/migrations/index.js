"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RATING_MIGRATIONS = void 0;
const _1764000003000_create_rating_schema_migration_1 = require("./1764000003000-create-rating-schema.migration");
exports.RATING_MIGRATIONS = [_1764000003000_create_rating_schema_migration_1.CreateRatingSchema1764000003000];
//# sourceMappingURL=index.js.map