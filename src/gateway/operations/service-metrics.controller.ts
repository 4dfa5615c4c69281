import { Controller, Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { serviceSamples } from './service-metrics';
import { UpstreamCalls, UpstreamRefusal, replyWithRefusal } from './upstream-calls';

/**
 * `/metrics/services`: outbox lag, consumer lag and dead-letter depth of every service in one
 * Prometheus exposition, each sample labelled with its service — one place to look (or to scrape)
 * for whether events flow everywhere. Every service's full metrics stay on its own `/metrics`.
 */
@Controller('metrics')
export class ServiceMetricsController {
  constructor(private readonly upstreams: UpstreamCalls) {}

  @Get('services')
  async services(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    try {
      const answers = await this.upstreams.all<string>(() => '/metrics', UpstreamCalls.forwardedHeaders(request));
      const seen = new Set<string>();
      const lines = answers.flatMap(({ module, body }) => serviceSamples(module, body, seen));
      reply.type('text/plain; version=0.0.4; charset=utf-8').send(`${lines.join('\n')}\n`);
    } catch (error) {
      if (error instanceof UpstreamRefusal) return void replyWithRefusal(reply, error);
      throw error;
    }
  }
}
