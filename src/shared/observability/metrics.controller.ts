import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ProblemException } from '../http/problem.exception';
import { METRICS_OPTIONS, METRICS_UNAUTHORIZED, MetricsOptions, mayScrape } from './metrics-access';
import { MetricsService } from './metrics.service';

/** Prometheus scrape endpoint at `/metrics` (outside `/api/v1` and the API docs), unless `METRICS_PORT` moves it. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(METRICS_OPTIONS) private readonly options: MetricsOptions,
  ) {}

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    if (!mayScrape(this.options, authorization)) throw new ProblemException(METRICS_UNAUTHORIZED);
    reply.header('content-type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
