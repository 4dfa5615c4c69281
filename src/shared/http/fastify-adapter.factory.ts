import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import { AppConfig, TrustProxy } from '../config/app-config';
import { canonicalUrl } from './canonical-ids';
import { answerClientError, answerFrameworkError } from './framework-errors';

/**
 * Fastify's form of `TRUST_PROXY`. A hop count becomes a function trusting the peer and the next
 * `hops - 1` forwarders (as Express reads a number): Fastify 5 reads a bare number as "trust nobody",
 * because a hop count cannot tell a proxy from a client that connects directly and sends its own
 * `X-Forwarded-For`. Deployments using it must be reachable only through their proxies.
 */
function fastifyTrustProxy(trust: TrustProxy): FastifyServerOptions['trustProxy'] {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/**
 * The Fastify instance behind Nest. Request logging belongs to nestjs-pino, so Fastify's logger is
 * off. `trustProxy` as `TRUST_PROXY` says (default: nobody, so a client cannot choose its address
 * with `X-Forwarded-For`). `rewriteUrl` puts ids of the request target in canonical form before
 * routing. `requestTimeout` bounds slow clients (slowloris); `connectionTimeout` exceeds Fastify's
 * 72 s keep-alive so idle sockets are closed by the keep-alive logic rather than cut mid-request.
 * Fastify's own `return503OnClosing` answers in its own JSON shape, so it is off: pass
 * `return503OnClosing: true` to `NestFactory.create`, whose hook refuses requests from the moment
 * shutdown starts (as problem+json, see `registerProblemFallback`). `frameworkErrors` and
 * `clientErrorHandler` turn the router's and Node's own refusals into problem+json.
 */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    logger: false,
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: fastifyTrustProxy(config.http.trustProxy),
    rewriteUrl: (request: { url?: string }) => canonicalUrl(request.url ?? '/'),
    requestTimeout: 30_000,
    connectionTimeout: 75_000,
    return503OnClosing: false,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
}
