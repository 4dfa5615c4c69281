"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentIdempotencyKey = documentIdempotencyKey;
const swagger_1 = require("@nestjs/swagger");
const problem_details_1 = require("../problem-details");
const problem_schema_1 = require("../problem.schema");
const idempotency_key_1 = require("./idempotency-key");
const HEADER = {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'Makes the request safe to retry: a retry with the same key and body within the retention period (24 h by ' +
        'default) returns the first response (with `Idempotent-Replayed: true`) without a second effect. Keys are ' +
        'scoped to the caller, method and path; only successful responses are kept.',
    schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_.:-]+$' },
};
const problem = (description) => ({
    description,
    content: { [problem_details_1.PROBLEM_CONTENT_TYPE]: { schema: { $ref: (0, swagger_1.getSchemaPath)(problem_schema_1.ProblemDetailsDto) } } },
});
/** Documents the `Idempotency-Key` header, and the 409/422 it can cause, on every POST and PUT under /api/v1. */
function documentIdempotencyKey(document) {
    for (const [path, item] of Object.entries(document.paths)) {
        if (!path.startsWith('/api/'))
            continue;
        for (const method of idempotency_key_1.IDEMPOTENT_METHODS) {
            const operation = item[method.toLowerCase()];
            if (operation === undefined)
                continue;
            operation.parameters = [...(operation.parameters ?? []), { ...HEADER }];
            operation.responses['409'] ??= problem('The request conflicts with the current state of the resource, or one with the same Idempotency-Key is in progress');
            operation.responses['422'] ??= problem('The Idempotency-Key was already used with a different request body (`idempotency.key-reused`)');
        }
    }
    return document;
}
