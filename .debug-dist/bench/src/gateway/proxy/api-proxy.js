"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerApiProxy = registerApiProxy;
const http_proxy_1 = __importDefault(require("@fastify/http-proxy"));
const common_1 = require("@nestjs/common");
const configure_http_1 = require("../../shared/http/configure-http");
const send_problem_1 = require("./send-problem");
const upstream_failure_1 = require("./upstream-failure");
const UPSTREAM_TIMEOUT_MS = 30_000;
const logger = new common_1.Logger('Gateway');
/** Tells the upstream who the client is (it trusts the gateway as a proxy), as an ingress would. */
function forwardedHeaders(request, headers) {
    const peer = request.socket.remoteAddress;
    const previous = headers['x-forwarded-for'];
    return {
        ...headers,
        ...(peer && { 'x-forwarded-for': previous ? `${previous}, ${peer}` : peer }),
        'x-forwarded-proto': headers['x-forwarded-proto'] ?? request.protocol,
        'x-forwarded-host': headers['x-forwarded-host'] ?? headers.host,
    };
}
/**
 * Proxies `/api/v1/*` to the module service that declares the path (see `UpstreamRegistry`).
 * Bodies stream through unparsed; Authorization and the correlation id pass unchanged. Failures
 * of the gateway itself (no such route, upstream down) are answered as problem+json.
 */
async function registerApiProxy(app, registry) {
    const targets = new WeakMap();
    const prefix = `/${configure_http_1.API_PREFIX}`;
    await app.register(http_proxy_1.default, {
        prefix,
        rewritePrefix: prefix,
        upstream: '',
        disableRequestLogging: true,
        // Unverified TLS is reply-from's default for undici; upstreams reached over https must present valid certificates.
        undici: {
            headersTimeout: UPSTREAM_TIMEOUT_MS,
            bodyTimeout: UPSTREAM_TIMEOUT_MS,
            connect: { rejectUnauthorized: true },
        },
        preHandler: (request, reply, done) => {
            const path = request.url.split('?')[0];
            registry.resolve(request.method, path).then((resolution) => {
                if (resolution.kind === 'routed') {
                    targets.set(request, resolution);
                    done();
                }
                else if (resolution.kind === 'unknown') {
                    (0, send_problem_1.sendProblem)(reply, {
                        status: 404,
                        detail: `No service serves ${request.method} ${path}`,
                        code: 'gateway.no-route',
                    });
                }
                else {
                    (0, send_problem_1.sendProblem)(reply, {
                        status: 503,
                        detail: `No known service serves ${path} yet; still waiting for ${resolution.missing.join(', ')} to answer`,
                        code: 'gateway.routes-unknown',
                        headers: { 'retry-after': '1' },
                    });
                }
            }, done);
        },
        replyOptions: {
            getUpstream: (request) => targets.get(request).baseUrl,
            rewriteRequestHeaders: (request, headers) => forwardedHeaders(request, headers),
            // reply-from would retry GETs answered 503 up to ten times; a draining instance should answer at once.
            retryDelay: () => null,
            onError: (reply, { error }) => {
                const target = targets.get(reply.request);
                const problem = (0, upstream_failure_1.upstreamFailure)(target?.module ?? 'upstream', error);
                logger.warn(`${reply.request.method} ${reply.request.url} -> ${target?.baseUrl}: ${problem.status} (${error.message})`);
                (0, send_problem_1.sendProblem)(reply, problem);
            },
        },
    });
}
