"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IDEMPOTENCY_MIGRATIONS = void 0;
const _1764000000600_create_idempotency_keys_migration_1 = require("./1764000000600-create-idempotency-keys.migration");
exports.IDEMPOTENCY_MIGRATIONS = [_1764000000600_create_idempotency_keys_migration_1.CreateIdempotencyKeys1764000000600];
//# sourceMappingURL=index.js.map