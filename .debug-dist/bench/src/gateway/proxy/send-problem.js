"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sendProblem = sendProblem;
const node_http_1 = require("node:http");
const problem_details_1 = require("../../shared/http/problem-details");
/**
 * Answers with RFC 9457 problem details from plain Fastify code (the proxy's hooks run outside
 * Nest, so its exception filter never sees their errors). Same shape as the modules' problems.
 */
function sendProblem(reply, spec) {
    const problem = {
        type: 'about:blank',
        title: node_http_1.STATUS_CODES[spec.status] ?? 'Error',
        status: spec.status,
        detail: spec.detail,
        instance: reply.request.url.split('?')[0],
        ...(spec.code !== undefined && { code: spec.code }),
    };
    return reply
        .code(spec.status)
        .headers(spec.headers ?? {})
        .type(problem_details_1.PROBLEM_CONTENT_TYPE)
        .send(JSON.stringify(problem));
}
