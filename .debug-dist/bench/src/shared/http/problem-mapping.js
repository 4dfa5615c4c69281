"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mapErrorToProblem = mapErrorToProblem;
const common_1 = require("@nestjs/common");
const domain_error_1 = require("../domain/domain-error");
const database_error_mapping_1 = require("./database-error.mapping");
const problem_exception_1 = require("./problem.exception");
const DOMAIN_STATUS = {
    invalid: 400,
    'not-found': 404,
    conflict: 409,
    forbidden: 403,
    'precondition-failed': 412,
};
/** Fastify's own 4xx errors, with a detail a client can act on where Fastify's message is terse. */
const FASTIFY_DETAILS = {
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Request bodies must be sent as application/json',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty',
    FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
};
function fastifyError(error) {
    if (!(error instanceof Error))
        return undefined;
    const { code, statusCode, message } = error;
    // A body parser that throws a bare SyntaxError (JSON.parse) gets statusCode 400 from Fastify, nothing else.
    if (error instanceof SyntaxError && statusCode === 400) {
        return { status: 400, detail: FASTIFY_DETAILS.FST_ERR_CTP_INVALID_JSON_BODY };
    }
    if (typeof code !== 'string' || !code.startsWith('FST_') || typeof statusCode !== 'number' || statusCode >= 500) {
        return undefined;
    }
    return { status: statusCode, detail: FASTIFY_DETAILS[code] ?? message };
}
function httpExceptionDetail(exception) {
    const response = exception.getResponse();
    if (typeof response === 'string')
        return response;
    const message = response.message;
    if (Array.isArray(message))
        return message.join('; ');
    return typeof message === 'string' ? message : exception.message;
}
/**
 * Decides status, detail, code and headers of the problem for any thrown value. `undefined` means
 * an unexpected error: the filter answers a generic 500 and logs it.
 */
function mapErrorToProblem(error) {
    if (error instanceof problem_exception_1.ProblemException)
        return error.problem;
    if (error instanceof domain_error_1.DomainError) {
        return { status: DOMAIN_STATUS[error.kind], detail: error.message, code: error.code };
    }
    if (error instanceof common_1.HttpException) {
        // The adapter wraps Fastify's 4xx errors (body too large, bad media type, bad JSON) with the original as cause.
        return fastifyError(error.cause) ?? { status: error.getStatus(), detail: httpExceptionDetail(error) };
    }
    return fastifyError(error) ?? (0, database_error_mapping_1.mapDatabaseError)(error);
}
