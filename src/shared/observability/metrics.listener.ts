import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, problemDetails } from '../http/problem-details';
import { ProblemSpec } from '../http/problem.exception';
import { METRICS_OPTIONS, METRICS_UNAUTHORIZED, MetricsOptions, mayScrape } from './metrics-access';
import { MetricsService } from './metrics.service';

function sendProblem(response: ServerResponse, path: string, spec: ProblemSpec): void {
  response
    .writeHead(spec.status, { ...spec.headers, 'content-type': PROBLEM_CONTENT_TYPE })
    .end(JSON.stringify(problemDetails(spec.status, spec.detail, path)));
}

/**
 * `/metrics` on its own port (`METRICS_PORT`), so the API's port, the one exposed to clients, does
 * not serve them at all and a network policy can keep the metrics port internal. Still behind
 * `METRICS_TOKEN` when it is set. A plain Node server: no API middleware, no route but one.
 */
@Injectable()
export class MetricsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: Server;

  constructor(
    private readonly metrics: MetricsService,
    @Inject(METRICS_OPTIONS) private readonly options: MetricsOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    this.server = server;
    this.logger.log(`metrics on http://${this.options.host}:${this.options.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Scrapers keep connections alive; they would hold the close open.
      server.closeAllConnections();
    });
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' || path !== '/metrics') {
      return sendProblem(response, path, { status: 404, detail: 'Only GET /metrics is served on this port' });
    }
    if (!mayScrape(this.options, request.headers.authorization))
      return sendProblem(response, path, METRICS_UNAUTHORIZED);
    try {
      const body = await this.metrics.registry.metrics();
      response.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(body);
    } catch (error) {
      this.logger.error(`collecting metrics failed: ${error instanceof Error ? error.message : String(error)}`);
      sendProblem(response, path, { status: 500, detail: 'An unexpected error occurred' });
    }
  }
}
