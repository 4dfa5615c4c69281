"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerFrameworkError = answerFrameworkError;
const node_http_1 = require("node:http");
const problem_details_1 = require("./problem-details");
const DETAILS = {
    FST_ERR_BAD_URL: 'The request path is not valid percent-encoded UTF-8',
    FST_ERR_MAX_PARAM_LENGTH: 'A segment of the request path is too long',
};
/**
 * Fastify's `frameworkErrors`: a malformed path (bad percent-encoding, an over-long segment) is
 * refused by the router before any hook or filter runs, so it is answered here as the same
 * problem+json every other error is, never with Fastify's own JSON shape. It carries no body a
 * browser could render, hence only `nosniff` of the security headers.
 */
function answerFrameworkError(error, request, reply) {
    const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 400;
    const problem = {
        type: 'about:blank',
        title: node_http_1.STATUS_CODES[status] ?? 'Bad Request',
        status,
        detail: DETAILS[error.code] ?? 'The request is malformed',
        instance: (request.raw.url ?? '/').split('?')[0],
    };
    void reply
        .code(status)
        .header('content-type', problem_details_1.PROBLEM_CONTENT_TYPE)
        .header('x-content-type-options', 'nosniff')
        .send(JSON.stringify(problem));
}
