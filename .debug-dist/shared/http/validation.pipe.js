"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.flattenValidationErrors = flattenValidationErrors;
exports.createValidationPipe = createValidationPipe;
const common_1 = require("@nestjs/common");
const problem_exception_1 = require("./problem.exception");
/** Flattens class-validator's tree into one entry per broken constraint, named by dotted path. */
function flattenValidationErrors(errors, parent = '') {
    return errors.flatMap((error) => {
        const field = parent ? `${parent}.${error.property}` : error.property;
        const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
        return [...own, ...flattenValidationErrors(error.children ?? [], field)];
    });
}
/**
 * The global pipe: unknown properties are rejected rather than silently dropped, values are never
 * coerced implicitly (query strings opt in with `@Type`), and failures become a 400 problem listing fields.
 */
function createValidationPipe() {
    return new common_1.ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
        transformOptions: { enableImplicitConversion: false },
        exceptionFactory: (errors) => {
            const fieldErrors = flattenValidationErrors(errors);
            return new problem_exception_1.ProblemException({
                status: 400,
                detail: `The request has ${fieldErrors.length} invalid field${fieldErrors.length === 1 ? '' : 's'}`,
                errors: fieldErrors,
            });
        },
    });
}
//# sourceMappingURL=validation.pipe.js.map