"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.upstreamFailure = upstreamFailure;
const error_chain_1 = require("../error-chain");
/** Errors meaning nothing listens at the upstream's address: it is down or being restarted. */
const UNAVAILABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ERR_HTTP2_STREAM_CANCEL']);
const TIMED_OUT = new Set([
    'FST_REPLY_FROM_GATEWAY_TIMEOUT',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/**
 * The problem the gateway answers when forwarding to `service` failed (reply-from wraps the
 * network error, so its causes are searched): 503 when the service is unreachable (clients may
 * retry), 504 when it did not answer in time, 502 for anything else it got wrong.
 */
function upstreamFailure(service, error) {
    const found = (0, error_chain_1.errorChain)(error).flatMap(({ code }) => (typeof code === 'string' ? [code] : []));
    if (found.some((code) => UNAVAILABLE.has(code))) {
        return {
            status: 503,
            detail: `The ${service} service is unavailable; try again shortly`,
            code: 'gateway.upstream-unavailable',
            headers: { 'retry-after': '1' },
        };
    }
    if (found.some((code) => TIMED_OUT.has(code))) {
        return { status: 504, detail: `The ${service} service did not answer in time`, code: 'gateway.upstream-timeout' };
    }
    return { status: 502, detail: `The ${service} service failed to answer`, code: 'gateway.upstream-failed' };
}
//# sourceMappingURL=upstream-failure.js.map