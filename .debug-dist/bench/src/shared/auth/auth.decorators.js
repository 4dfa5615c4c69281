"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AUTH_REQUIREMENT = void 0;
exports.Authenticated = Authenticated;
exports.AdminOnly = AdminOnly;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const problem_schema_1 = require("../http/problem.schema");
/** Route metadata the `AuthGuard` acts on; routes without it are public. */
exports.AUTH_REQUIREMENT = 'auth:requirement';
/** Requires a valid bearer token (any user); documents the bearer scheme and the 401. */
function Authenticated() {
    return (0, common_1.applyDecorators)((0, common_1.SetMetadata)(exports.AUTH_REQUIREMENT, 'user'), (0, swagger_1.ApiBearerAuth)('bearer'), (0, problem_schema_1.ApiProblems)(401));
}
/** Requires a valid bearer token with the `admin` role; documents the bearer scheme, 401 and 403. */
function AdminOnly() {
    return (0, common_1.applyDecorators)((0, common_1.SetMetadata)(exports.AUTH_REQUIREMENT, 'admin'), (0, swagger_1.ApiBearerAuth)('bearer'), (0, problem_schema_1.ApiProblems)(401, 403));
}
