import { BeforeApplicationShutdown, Controller, Get, Headers, Injectable, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import { EventStreamAcrossServices } from './event-stream-across-services';
import { MergedPosition } from './merged-position';
import { UpstreamCalls } from './upstream-calls';

/** The open merged streams, ended before the gateway closes (clients reconnect with `Last-Event-ID`). */
@Injectable()
export class OpenEventStreams implements BeforeApplicationShutdown {
  readonly open = new Set<EventStreamAcrossServices>();

  beforeApplicationShutdown(): void {
    [...this.open].forEach((stream) => stream.close());
  }
}

/** `GET /api/v1/events/stream` across services: see `EventStreamAcrossServices`. */
@Controller('api/v1/events')
export class EventStreamAcrossServicesController {
  constructor(
    private readonly upstreams: UpstreamCalls,
    private readonly streams: OpenEventStreams,
  ) {}

  @Get('stream')
  async stream(
    @Query() query: Record<string, string | undefined>,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const known = (module: string) => this.upstreams.has(module);
    const resume =
      lastEventId !== undefined
        ? MergedPosition.parse(lastEventId, 'Last-Event-ID', known)
        : query.after !== undefined
          ? MergedPosition.parse(query.after, 'after', known)
          : undefined;
    const stream = new EventStreamAcrossServices(
      reply.raw,
      this.upstreams,
      UpstreamCalls.forwardedHeaders(request),
      query.type,
      resume,
      (closed) => this.streams.open.delete(closed),
    );
    const refused = await stream.open();
    if (refused) {
      // The services validate the type filter and the caller's token: their refusal is the answer.
      const type = refused.headers.get('content-type') ?? 'text/plain';
      reply
        .code(refused.status)
        .type(type)
        .send(await refused.text());
      return;
    }
    this.streams.open.add(stream);
    reply.hijack();
    reply.raw.writeHead(200, { ...(reply.getHeaders() as OutgoingHttpHeaders), ...stream.streamHeaders() });
    stream.begin();
  }
}
