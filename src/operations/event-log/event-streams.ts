import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import { OutboxSignal } from '../../shared/messaging/outbox/outbox-signal';
import { EventLogFilter, EventLogReader } from './event-log.reader';
import { EventStream, EventStreamTiming } from './event-stream';

export const EVENT_STREAM_TIMING: EventStreamTiming = { heartbeatMs: 15_000, pollMs: 1000 };

/** Opens Server-Sent Events streams of the event store and ends them all before the server closes. */
@Injectable()
export class EventStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<EventStream>();

  constructor(
    private readonly reader: EventLogReader,
    private readonly signal: OutboxSignal,
  ) {}

  /** Streams currently open. */
  get size(): number {
    return this.open.size;
  }

  /** Takes the response over from Fastify (keeping the headers its hooks set) and streams into it. */
  start(reply: FastifyReply, filter: EventLogFilter, after: bigint): void {
    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as OutgoingHttpHeaders),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // Tells nginx-style proxies not to buffer the stream.
      'x-accel-buffering': 'no',
    });
    const source = {
      read: this.reader.page.bind(this.reader),
      subscribe: (wake: () => void) => this.signal.subscribe(wake),
    };
    const stream = new EventStream(reply.raw, source, filter, after, EVENT_STREAM_TIMING, (closed) =>
      this.open.delete(closed),
    );
    this.open.add(stream);
  }

  /** Open streams would keep the HTTP server from closing; clients reconnect elsewhere with `Last-Event-ID`. */
  beforeApplicationShutdown(): void {
    [...this.open].forEach((stream) => stream.close());
  }
}
