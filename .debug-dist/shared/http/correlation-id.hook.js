"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CORRELATION_ID_HEADER = void 0;
exports.resolveCorrelationId = resolveCorrelationId;
exports.registerCorrelationIdHook = registerCorrelationIdHook;
const node_async_hooks_1 = require("node:async_hooks");
const message_context_1 = require("../messaging/message-context");
const uuid_v7_1 = require("../messaging/uuid-v7");
exports.CORRELATION_ID_HEADER = 'x-correlation-id';
const SANE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** The caller's correlation id when it is safe to log and store, otherwise a fresh UUID v7. */
function resolveCorrelationId(header) {
    return typeof header === 'string' && SANE_CORRELATION_ID.test(header) ? header : (0, uuid_v7_1.uuidV7)();
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
function registerCorrelationIdHook(fastify) {
    const scopes = new WeakMap();
    fastify.addHook('onRequest', (request, reply, done) => {
        const correlationId = resolveCorrelationId(request.headers[exports.CORRELATION_ID_HEADER]);
        reply.header(exports.CORRELATION_ID_HEADER, correlationId);
        (0, message_context_1.runWithMessageContext)({ correlationId, causationId: null, actor: 'anonymous' }, done);
    });
    fastify.addHook('preParsing', (request, _reply, payload, done) => {
        scopes.set(request, new node_async_hooks_1.AsyncResource('http-request-context'));
        done(null, payload);
    });
    fastify.addHook('preValidation', (request, _reply, done) => {
        const scope = scopes.get(request);
        if (scope)
            scope.runInAsyncScope(done);
        else
            done();
    });
}
//# sourceMappingURL=correlation-id.hook.js.map