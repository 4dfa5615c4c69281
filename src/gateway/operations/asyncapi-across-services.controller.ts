import { Controller, Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AsyncApiJson, mergeAsyncApiDocuments } from '../docs/merge-asyncapi';
import { UpstreamCalls, UpstreamRefusal, replyWithRefusal } from './upstream-calls';

/** `/docs/asyncapi.json`: the services' AsyncAPI documents merged into one. */
@Controller('docs')
export class AsyncApiAcrossServicesController {
  constructor(private readonly upstreams: UpstreamCalls) {}

  @Get('asyncapi.json')
  async asyncApi(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    try {
      const answers = await this.upstreams.all<AsyncApiJson>(
        () => '/docs/asyncapi.json',
        UpstreamCalls.forwardedHeaders(request),
      );
      reply.send(mergeAsyncApiDocuments(answers.map((answer) => answer.body)));
    } catch (error) {
      if (error instanceof UpstreamRefusal) return void replyWithRefusal(reply, error);
      throw error;
    }
  }
}
