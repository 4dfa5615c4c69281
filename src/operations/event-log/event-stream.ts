import { Logger } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { StoredEvent } from '../../shared/messaging/outbox/stored-event';
import { EventLogFilter, EventLogSlice } from './event-log.reader';

/** What a stream needs from its surroundings: reading the store, and being woken when events commit. */
export interface EventStreamSource {
  read(filter: EventLogFilter, after: bigint, limit: number): Promise<EventLogSlice>;
  /** Calls `wake` whenever events may have been committed; returns the unsubscribe function. */
  subscribe(wake: () => void): () => void;
}

export interface EventStreamTiming {
  heartbeatMs: number;
  /** Polling catches events committed by other processes, which no in-process signal announces. */
  pollMs: number;
}

/** When a stream ends on its own, and why (told to the client in a last comment). */
export interface EventStreamEnd {
  afterMs: number;
  reason: string;
}

const BATCH = 200;
const logger = new Logger('EventStream');

/**
 * One Server-Sent Events connection: sends every settled event after `after` (matching the type
 * filter) as `id: <position>` + `data: <json>`, then follows new ones as they commit. Reads are
 * coalesced: a wake-up during a read schedules exactly one more. It ends by itself at `end` (the
 * caller's token expires, or the maximum duration passes) with a last comment saying why; the client
 * reconnects, with a valid token, sending `Last-Event-ID`, and misses nothing.
 */
export class EventStream {
  private closed = false;
  private reading?: Promise<void>;
  private again = false;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly response: ServerResponse,
    private readonly source: EventStreamSource,
    private readonly filter: EventLogFilter,
    private after: bigint,
    timing: EventStreamTiming,
    end: EventStreamEnd,
    private readonly onClose: (stream: EventStream) => void,
  ) {
    this.unsubscribe = source.subscribe(() => this.wake());
    this.timers.push(setInterval(() => this.write(': heartbeat\n\n'), timing.heartbeatMs));
    this.timers.push(setInterval(() => this.wake(), timing.pollMs));
    this.timers.push(
      setTimeout(() => {
        this.write(`: closing: ${end.reason}; reconnect with Last-Event-ID to resume\n\n`);
        this.close();
      }, end.afterMs),
    );
    response.on('close', () => this.close());
    this.write(`: streaming events after position ${after}\n\n`);
    this.wake();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    this.timers.forEach((timer) => clearInterval(timer));
    if (!this.response.writableEnded) this.response.end();
    this.onClose(this);
  }

  private wake(): void {
    if (this.closed) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.drain()
      .catch((error) => {
        // The client reconnects with Last-Event-ID and misses nothing.
        logger.warn(`closing an event stream after a failed read: ${error instanceof Error ? error.message : error}`);
        this.close();
      })
      .finally(() => (this.reading = undefined));
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        const { events, settledUpTo } = await this.source.read(this.filter, this.after, BATCH);
        for (const event of events) await this.send(event);
        if (this.closed) return;
        if (events.length < BATCH) {
          // Everything matching up to the settled position was sent: skip the rest of that range.
          if (settledUpTo > this.after) this.after = settledUpTo;
          break;
        }
      }
    } while (this.again && !this.closed);
  }

  private async send(event: StoredEvent): Promise<void> {
    if (this.closed) return;
    this.after = BigInt(event.position);
    if (!this.write(`id: ${event.position}\ndata: ${JSON.stringify(event)}\n\n`)) {
      // A slow client: wait for its buffer to drain rather than queue without bound.
      await new Promise<void>((resolve) => {
        this.response.once('drain', resolve);
        this.response.once('close', resolve);
      });
    }
  }

  private write(chunk: string): boolean {
    if (this.closed || this.response.writableEnded) return true;
    return this.response.write(chunk);
  }
}
