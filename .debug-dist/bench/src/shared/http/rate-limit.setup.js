"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyRateLimit = applyRateLimit;
const rate_limit_1 = __importDefault(require("@fastify/rate-limit"));
const problem_exception_1 = require("./problem.exception");
/** Probes, scrapers and the docs must keep working for a client that exhausted its budget. */
const EXEMPT = /^\/(health|metrics|docs)(\/|$|\?)/;
const EXEMPT_KEY = 'exempt';
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;
/**
 * The client a request counts against: its user when the bearer token is valid, otherwise its IP.
 * Only a verified subject may pick the bucket; keying by an unverified token or claim would let a
 * client reset its budget with every made-up token, or spend another user's. The IP honours
 * `trustProxy` (the forwarded client address behind the gateway or ingress).
 */
async function clientKey(request, subjectOf) {
    if (EXEMPT.test(request.url))
        return EXEMPT_KEY;
    const token = subjectOf && BEARER.exec(request.headers.authorization?.trim() ?? '')?.[1];
    const subject = token ? await subjectOf(token).catch(() => undefined) : undefined;
    return subject === undefined ? `ip:${request.ip}` : `user:${subject}`;
}
/**
 * Per-client rate limit over every API route (`RATE_LIMIT_MAX` requests per `RATE_LIMIT_WINDOW_MS`,
 * in memory per process); beyond it, a 429 problem with `Retry-After`. Register before the routes.
 */
async function applyRateLimit(app, config, subjectOf) {
    const { enabled, max, windowMs } = config.http.rateLimit;
    if (!enabled)
        return;
    await app.register(rate_limit_1.default, {
        max,
        timeWindow: windowMs,
        allowList: [EXEMPT_KEY],
        keyGenerator: (request) => clientKey(request, subjectOf),
        errorResponseBuilder: (_request, context) => new problem_exception_1.ProblemException({
            status: 429,
            detail: `Too many requests; retry in ${context.after}`,
            headers: { 'Retry-After': String(Math.max(1, Math.ceil(context.ttl / 1000))) },
        }),
    });
}
