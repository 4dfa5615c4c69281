import httpProxy from '@fastify/http-proxy';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { API_PREFIX } from '../../shared/http/configure-http';
import { redactUrl } from '../../shared/observability/redact-url';
import { Resolution, UpstreamRegistry } from '../routing/upstream-registry';
import { sendProblem } from './send-problem';
import { upstreamFailure } from './upstream-failure';

type Routed = Extract<Resolution, { kind: 'routed' }>;

const UPSTREAM_TIMEOUT_MS = 30_000;
const logger = new Logger('Gateway');

/** Tells the upstream who the client is (it trusts the gateway as a proxy), as an ingress would. */
function forwardedHeaders(request: FastifyRequest, headers: IncomingHttpHeaders): IncomingHttpHeaders {
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
export async function registerApiProxy(app: NestFastifyApplication, registry: UpstreamRegistry): Promise<void> {
  const targets = new WeakMap<FastifyRequest, Routed>();
  const prefix = `/${API_PREFIX}`;
  await app.register(httpProxy, {
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
    preHandler: (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
      const path = request.url.split('?')[0];
      registry.resolve(request.method, path).then((resolution) => {
        if (resolution.kind === 'routed') {
          targets.set(request, resolution);
          done();
        } else if (resolution.kind === 'unknown') {
          sendProblem(reply, {
            status: 404,
            detail: `No service serves ${request.method} ${path}`,
            code: 'gateway.no-route',
          });
        } else {
          sendProblem(reply, {
            status: 503,
            detail: `No known service serves ${path} yet; still waiting for ${resolution.missing.join(', ')} to answer`,
            code: 'gateway.routes-unknown',
            headers: { 'retry-after': '1' },
          });
        }
      }, done);
    },
    replyOptions: {
      getUpstream: (request) => targets.get(request as FastifyRequest)!.baseUrl,
      rewriteRequestHeaders: (request, headers) =>
        forwardedHeaders(request as FastifyRequest, headers as IncomingHttpHeaders),
      // reply-from would retry GETs answered 503 up to ten times; a draining instance should answer at once.
      retryDelay: () => null,
      onError: (reply, { error }) => {
        const target = targets.get(reply.request as FastifyRequest);
        const problem = upstreamFailure(target?.module ?? 'upstream', error);
        logger.warn(
          `${reply.request.method} ${redactUrl(reply.request.url)} -> ${target?.baseUrl}: ${problem.status} (${error.message})`,
        );
        sendProblem(reply as FastifyReply, problem);
      },
    },
  });
}
