"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyIdempotency = applyIdempotency;
const common_1 = require("@nestjs/common");
const idempotency_interceptor_1 = require("./idempotency.interceptor");
const idempotency_store_1 = require("./idempotency.store");
/** Response headers a replay must repeat: where the created resource is and which version it has. */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];
const PURGE_INTERVAL_MS = 60_000;
function replayableHeaders(reply) {
    const headers = {};
    for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined)
            headers[name] = String(value);
    }
    return headers;
}
/**
 * Applies `Idempotency-Key` handling to every POST and PUT of an application that has a database
 * (the keys live in it). Responses are recorded in `onSend`, before the client sees them, so a retry
 * that follows the response is always a replay. Only 2xx responses are recorded: a failed request
 * left no effect, so its key is released and a retry runs again. Expired keys are honoured on
 * claim and purged in the background.
 */
function applyIdempotency(app, dataSource, config) {
    const logger = new common_1.Logger('Idempotency');
    const store = new idempotency_store_1.IdempotencyStore(dataSource, config.http.idempotencyTtlSeconds);
    const pending = new WeakMap();
    app.useGlobalInterceptors(new idempotency_interceptor_1.IdempotencyInterceptor(store, pending));
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onSend', async (request, reply, payload) => {
        const claim = pending.get(request);
        if (claim === undefined)
            return payload;
        pending.delete(request);
        try {
            if (reply.statusCode >= 200 && reply.statusCode < 300) {
                const body = typeof payload === 'string' ? payload : null;
                await store.complete(claim.scope, claim.claimId, {
                    status: reply.statusCode,
                    headers: replayableHeaders(reply),
                    body,
                });
            }
            else {
                await store.release(claim.scope, claim.claimId);
            }
        }
        catch (error) {
            // The response itself stands; the key stays locked until its lease ends, then a retry runs again.
            logger.warn(`could not record the outcome of Idempotency-Key ${claim.scope.key}: ${String(error)}`);
        }
        return payload;
    });
    const purge = setInterval(() => {
        store.purgeExpired().catch((error) => logger.warn(`purging expired keys failed: ${String(error)}`));
    }, PURGE_INTERVAL_MS);
    purge.unref();
    fastify.addHook('onClose', (_instance, done) => {
        clearInterval(purge);
        done();
    });
}
//# sourceMappingURL=idempotency.setup.js.map