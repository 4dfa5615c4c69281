import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance } from 'fastify';
import { Logger as PinoInstance } from 'pino';
import { CORRELATION_ID_HEADER } from '../http/correlation-id.hook';
import { redactUrl } from './redact-url';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

// Probes and scrapers hit these every few seconds; a line each would drown the real traffic.
const QUIET_PATHS = /^\/(health\/|metrics(\?|$))/;

/**
 * One line per HTTP request: method, url (credentials in its query redacted), status, duration and
 * correlation id. Written from a
 * Fastify `onResponse` hook rather than pino-http's middleware, which never runs for requests
 * rejected before routing (unknown routes, 413, 415), and those are worth a line too.
 */
@Injectable()
export class RequestLogHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(ROOT_LOGGER) private readonly logger: PinoInstance,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    // Absent in a standalone application context (CLI, worker without HTTP).
    if (adapter?.getType() !== 'fastify') return;
    adapter.getInstance<FastifyInstance>().addHook('onResponse', (request, reply, done) => {
      const level = reply.statusCode >= 500 ? 'error' : 'info';
      // Checked first so a quieter LOG_LEVEL spares building the line, not only writing it.
      if (this.logger.isLevelEnabled(level) && !QUIET_PATHS.test(request.url)) {
        this.logger[level](
          {
            req: { method: request.method, url: redactUrl(request.url) },
            res: { statusCode: reply.statusCode },
            durationMs: Math.round(reply.elapsedTime * 10) / 10,
            correlationId: reply.getHeader(CORRELATION_ID_HEADER),
          },
          'request completed',
        );
      }
      done();
    });
  }
}
