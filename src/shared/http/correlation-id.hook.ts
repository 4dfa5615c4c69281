import { FastifyInstance, FastifyRequest } from 'fastify';
import { AsyncResource } from 'node:async_hooks';
import { runWithMessageContext } from '../messaging/envelope/message-context';
import { uuidV7 } from '../messaging/envelope/uuid-v7';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

const SANE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The caller's correlation id when it is safe to log and store, otherwise a fresh UUID v7. */
export function resolveCorrelationId(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_CORRELATION_ID.test(header) ? header : uuidV7();
}

/**
 * Opens a message context per request, so logs and the events a request records carry its
 * correlation id, and echoes the id in the response.
 *
 * `AsyncLocalStorage.enterWith` in a hook only works by accident: Fastify reads the body in stream
 * events of the connection, which carry the context on Node 20's async_hooks but not under
 * AsyncContextFrame (Node 24's default). As `@fastify/request-context` does, the flow runs inside
 * `run()` and, once the body is parsed, re-enters the scope captured before parsing (which also
 * holds the stores of Nest middleware such as nestjs-pino's request logger).
 */
export function registerCorrelationIdHook(fastify: FastifyInstance): void {
  const scopes = new WeakMap<FastifyRequest, AsyncResource>();
  fastify.addHook('onRequest', (request, reply, done) => {
    const correlationId = resolveCorrelationId(request.headers[CORRELATION_ID_HEADER]);
    reply.header(CORRELATION_ID_HEADER, correlationId);
    runWithMessageContext({ correlationId, causationId: null, actor: 'anonymous' }, done);
  });
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    // Fastify reads no body for GET and HEAD and runs their handler in the same flow, so the
    // scope (an async resource per request, costly on the read path) is only needed for the others.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      scopes.set(request, new AsyncResource('http-request-context'));
    }
    done(null, payload);
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    const scope = scopes.get(request);
    if (scope) scope.runInAsyncScope(done);
    else done();
  });
}
