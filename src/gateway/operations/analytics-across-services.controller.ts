import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UpstreamCalls, UpstreamRefusal, replyWithRefusal } from './upstream-calls';
import { mergeEventCounts, mergeTopLists, type EventCounts, type TopList } from './merge-analytics';

/**
 * `GET /api/v1/analytics/events` and `GET /api/v1/analytics/:resource/top` across services, each of
 * which counts the events in its own store: the same query goes to every service (so each validates
 * and authorises it as on one server, and its refusal is the answer), and the answers are merged —
 * counts summed per bucket and type, top lists summed per id and cut to `limit` again.
 */
@Controller('api/v1/analytics')
export class AnalyticsAcrossServicesController {
  constructor(private readonly upstreams: UpstreamCalls) {}

  @Get('events')
  events(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.answer<EventCounts>(request, reply, '/api/v1/analytics/events', mergeEventCounts);
  }

  @Get(':resource/top')
  top(@Param('resource') resource: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const path = `/api/v1/analytics/${encodeURIComponent(resource)}/top`;
    return this.answer<TopList>(request, reply, path, mergeTopLists);
  }

  private async answer<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    path: string,
    merge: (answers: readonly T[]) => T,
  ): Promise<void> {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    try {
      const answers = await this.upstreams.all<T>(() => `${path}${query}`, UpstreamCalls.forwardedHeaders(request));
      reply.send(merge(answers.map((answer) => answer.body)));
    } catch (error) {
      if (error instanceof UpstreamRefusal) return void replyWithRefusal(reply, error);
      throw error;
    }
  }
}
