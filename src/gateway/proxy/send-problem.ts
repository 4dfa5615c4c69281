import type { FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { ProblemSpec } from '../../shared/http/problem.exception';
import { PROBLEM_CONTENT_TYPE, ProblemDetails } from '../../shared/http/problem-details';

/**
 * Answers with RFC 9457 problem details from plain Fastify code (the proxy's hooks run outside
 * Nest, so its exception filter never sees their errors). Same shape as the modules' problems.
 */
export function sendProblem(reply: FastifyReply, spec: ProblemSpec): FastifyReply {
  const problem: ProblemDetails = {
    type: 'about:blank',
    title: STATUS_CODES[spec.status] ?? 'Error',
    status: spec.status,
    detail: spec.detail,
    instance: reply.request.url.split('?')[0],
    ...(spec.code !== undefined && { code: spec.code }),
  };
  return reply
    .code(spec.status)
    .headers(spec.headers ?? {})
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem));
}
