import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance } from 'fastify';
import { MetricsService } from './metrics.service';

/**
 * Times every HTTP response, 404s and errors included, in a Fastify `onResponse` hook. Labelled with
 * the route pattern (`/api/v1/products/:id`), never the raw URL, so label cardinality stays bounded.
 */
@Injectable()
export class HttpMetricsHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    // Absent in a standalone application context (CLI, worker without HTTP).
    if (adapter?.getType() !== 'fastify') return;
    adapter.getInstance<FastifyInstance>().addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.metrics.observeHttpRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
      done();
    });
  }
}
