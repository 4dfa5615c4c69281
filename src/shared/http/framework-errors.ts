import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, problemDetails } from './problem-details';

const DETAILS: Record<string, string> = {
  FST_ERR_BAD_URL: 'The request path is not valid percent-encoded UTF-8',
  FST_ERR_MAX_PARAM_LENGTH: 'A segment of the request path is too long',
};

/**
 * Fastify's `frameworkErrors`: a malformed path (bad percent-encoding, an over-long segment) is
 * refused by the router before any hook or filter runs, so it is answered here as the same
 * problem+json every other error is, never with Fastify's own JSON shape. It carries no body a
 * browser could render, hence only `nosniff` of the security headers.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 400;
  const problem = problemDetails(
    status,
    DETAILS[error.code] ?? 'The request is malformed',
    (request.raw.url ?? '/').split('?')[0],
  );
  void reply
    .code(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('x-content-type-options', 'nosniff')
    .send(JSON.stringify(problem));
}

/** Node's refusals of a request it could not read, by its error code; anything else is a 400. */
const CLIENT_ERRORS: Record<string, { status: number; detail: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, detail: 'The request line and headers exceed 16 KiB' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request was not received in time' },
};

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refuses requests it cannot read (headers or
 * URL over its size limit, a malformed request line, a request too slow) before Fastify sees them.
 * They are answered as problem+json too, on the raw socket, which is then closed. Without a parsed
 * request there is no `instance`.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection, or one already answering a request, has nobody to tell.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, detail } = CLIENT_ERRORS[error.code ?? ''] ?? { status: 400, detail: 'The request is malformed' };
  const problem = problemDetails(status, detail);
  const body = JSON.stringify(problem);
  if (socket.writable && !(socket as { _httpMessage?: unknown })._httpMessage) {
    socket.write(
      `HTTP/1.1 ${status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
