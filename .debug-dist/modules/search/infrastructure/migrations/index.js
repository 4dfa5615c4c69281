"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEARCH_MIGRATIONS = void 0;
const _1764000005000_create_search_schema_migration_1 = require("./1764000005000-create-search-schema.migration");
exports.SEARCH_MIGRATIONS = [_1764000005000_create_search_schema_migration_1.CreateSearchSchema1764000005000];
//# sourceMappingURL=index.js.map