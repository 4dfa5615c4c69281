"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentRateLimit = documentRateLimit;
const swagger_1 = require("@nestjs/swagger");
const problem_details_1 = require("./problem-details");
const problem_schema_1 = require("./problem.schema");
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const TOO_MANY_REQUESTS = {
    description: 'Too many requests from this client; retry after the Retry-After delay',
    content: { [problem_details_1.PROBLEM_CONTENT_TYPE]: { schema: { $ref: (0, swagger_1.getSchemaPath)(problem_schema_1.ProblemDetailsDto) } } },
};
/** Documents the 429 every operation under /api/v1 can answer when its client exceeds the rate limit. */
function documentRateLimit(document) {
    for (const [path, item] of Object.entries(document.paths)) {
        if (!path.startsWith('/api/'))
            continue;
        for (const method of METHODS) {
            const operation = item[method];
            if (operation !== undefined)
                operation.responses['429'] ??= { ...TOO_MANY_REQUESTS };
        }
    }
    return document;
}
