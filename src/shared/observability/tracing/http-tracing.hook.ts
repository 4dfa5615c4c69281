import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import { FastifyInstance, FastifyRequest } from 'fastify';
import { tracer, tracingEnabled } from './tracing';

/**
 * One server span per HTTP request, continuing the caller's `traceparent` when it sends one. The rest
 * of the request runs inside the span's context (the correlation-id hook carries that context across
 * body parsing), so command, outbox and event-handling spans become its descendants.
 */
@Injectable()
export class HttpTracingHook implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (!tracingEnabled() || adapter?.getType() !== 'fastify') return;
    const fastify = adapter.getInstance<FastifyInstance>();
    const spans = new WeakMap<FastifyRequest, Span>();
    fastify.addHook('onRequest', (request, _reply, done) => {
      const route = request.routeOptions.url;
      const parent = propagation.extract(ROOT_CONTEXT, request.headers);
      const span = tracer().startSpan(
        route ? `${request.method} ${route}` : request.method,
        {
          kind: SpanKind.SERVER,
          attributes: {
            [ATTR_HTTP_REQUEST_METHOD]: request.method,
            [ATTR_URL_PATH]: request.url.split('?')[0],
            ...(route && { [ATTR_HTTP_ROUTE]: route }),
          },
        },
        parent,
      );
      spans.set(request, span);
      context.with(trace.setSpan(parent, span), done);
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      const span = spans.get(request);
      if (span) {
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, reply.statusCode);
        if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      done();
    });
  }
}
