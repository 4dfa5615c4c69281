import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import { AuthenticatedUser } from '../../shared/auth/authenticated-user';
import { APP_CONFIG, AppConfig } from '../../shared/config/app-config';
import { OutboxSignal } from '../../shared/messaging/outbox/outbox-signal';
import { EventLogFilter, EventLogReader } from './event-log.reader';
import { EventStream, EventStreamEnd, EventStreamTiming } from './event-stream';

export const EVENT_STREAM_TIMING: EventStreamTiming = { heartbeatMs: 15_000, pollMs: 1000 };

/**
 * A stream lives no longer than the token it was opened with is accepted (what it delivers, the
 * API would refuse to a client whose token expired), nor than `maxDurationMs`, so every client
 * proves its access again now and then.
 */
export function streamEnd(caller: AuthenticatedUser, maxDurationMs: number, now = Date.now()): EventStreamEnd {
  const untilExpiry = caller.validUntil.getTime() - now;
  return untilExpiry < maxDurationMs
    ? { afterMs: Math.max(0, untilExpiry), reason: 'the bearer token expired' }
    : { afterMs: maxDurationMs, reason: 'the stream reached its maximum duration' };
}

/** Opens Server-Sent Events streams of the event store and ends them all before the server closes. */
@Injectable()
export class EventStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<EventStream>();

  constructor(
    private readonly reader: EventLogReader,
    private readonly signal: OutboxSignal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Streams currently open. */
  get size(): number {
    return this.open.size;
  }

  /** Takes the response over from Fastify (keeping the headers its hooks set) and streams into it for `caller`. */
  start(reply: FastifyReply, filter: EventLogFilter, after: bigint, caller: AuthenticatedUser): void {
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
    const end = streamEnd(caller, this.config.http.sseMaxDurationSeconds * 1000);
    const stream = new EventStream(reply.raw, source, filter, after, EVENT_STREAM_TIMING, end, (closed) =>
      this.open.delete(closed),
    );
    this.open.add(stream);
  }

  /** Open streams would keep the HTTP server from closing; clients reconnect elsewhere with `Last-Event-ID`. */
  beforeApplicationShutdown(): void {
    [...this.open].forEach((stream) => stream.close());
  }
}
