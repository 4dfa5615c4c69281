import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DATABASE_CONNECTION, DatabaseConnection } from '../../database/database-connection';
import { MetricsService } from '../../observability/metrics.service';
import { tracePublish } from '../../observability/tracing/messaging-spans';
import { DeadLetterRepository } from '../dead-letters/dead-letter.repository';
import { EventRegistry } from '../envelope/event-registry';
import { EventEnvelope } from '../integration-event';
import { faultPoint } from '../testing/fault-points';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../transports/transport-adapter';
import { EventStoreRepository } from './event-store.repository';
import { OutboxSignal } from './outbox-signal';
import { RelayLeadership } from './relay-leadership';
import { UnpublishedEvent, toEnvelope } from './stored-event';

/** A stored event read for publishing: as its current version, or why it cannot be read. */
type Readable = { event: UnpublishedEvent; envelope: EventEnvelope } | { event: UnpublishedEvent; error: string };

/**
 * Publishes committed outbox rows of this process's modules in position order and marks them
 * published only after the transport accepted them. Woken on commit (in-process signal and
 * LISTEN/NOTIFY) and by a poller that recovers rows a crash left behind. Every pass starts from the
 * rows' own `published_at` flag, never from "position > last seen", so a transaction that took a
 * lower position but committed later is still published (by the next pass).
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly leadership: RelayLeadership;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private timer?: NodeJS.Timeout;
  private unsubscribe?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) connection: DatabaseConnection,
    @Inject(TRANSPORT_ADAPTER) private readonly transport: TransportAdapter,
    private readonly eventStore: EventStoreRepository,
    private readonly registry: EventRegistry,
    private readonly deadLetters: DeadLetterRepository,
    private readonly dataSource: DataSource,
    private readonly signal: OutboxSignal,
    @Optional() private readonly metrics?: MetricsService,
  ) {
    this.leadership = new RelayLeadership(connection, () => this.wake());
  }

  start(): void {
    if (this.config.modules.length === 0) return;
    this.stopped = false;
    this.unsubscribe = this.signal.subscribe(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.config.relay.pollIntervalMs);
    this.timer.unref();
    this.wake();
  }

  /** Asks for a publishing pass; coalesces with one already running. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
  }

  /** Publishes everything committed so far; used by tests and on shutdown. */
  async flush(): Promise<void> {
    await this.running;
    await this.drain();
  }

  /** Publishes what is committed so far, then stops; a relay that is stopped already publishes nothing more. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.unsubscribe?.();
    clearInterval(this.timer);
    await this.flush().catch((error) => this.logger.warn(`final relay flush failed: ${String(error)}`));
    this.stopped = true;
    await this.leadership.close();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.drain();
      } catch (error) {
        this.logger.warn(`relay pass failed, retrying on next poll: ${error instanceof Error ? error.message : error}`);
        return;
      }
    } while (this.again && !this.stopped);
  }

  private async drain(): Promise<void> {
    const modules: string[] = [];
    for (const module of this.config.modules) {
      if (await this.leadership.leads(module)) modules.push(module);
    }
    if (modules.length === 0) return;
    const { batchSize } = this.config.relay;
    let batch = await this.eventStore.findUnpublished(modules, batchSize);
    let marking: { positions: string[]; done: Promise<void> } | undefined;
    try {
      while (batch.length > 0) {
        // The database work (reading the next batch, marking the previous one) overlaps the transport's
        // work on this one; publishing itself stays strictly in order, one batch after the other. The
        // next batch is read by flag too, minus the rows in hand, never as "after the last position":
        // a row that took a lower position but committed late must still come before later ones.
        const positions = batch.map((event) => event.position);
        // Only a full batch suggests more rows are already waiting, so only then is the next batch read
        // ahead; after a short one that read would mostly come back empty. A read that starts now
        // answers every wake-up so far (a wake-up comes after its commit), so those need no pass of
        // their own. Without it, a wake-up since `batch` was read stays set and is answered below:
        // that read may have begun before the commit became visible.
        const readAhead = batch.length === batchSize;
        if (readAhead) this.again = false;
        const next = readAhead
          ? this.eventStore.findUnpublished(modules, batchSize, [...positions, ...(marking?.positions ?? [])])
          : Promise.resolve([]);
        next.catch(() => undefined); // awaited below, unless publishing fails first
        const published = await this.publish(batch);
        faultPoint('after-publish-before-mark');
        await marking?.done;
        const done = this.markPublished(published);
        // Awaited before the next mark or in `finally`; a database gone away meanwhile must not reject
        // it unobserved while the next batch is being published (Node ends the process on that).
        done.catch(() => undefined);
        marking = { positions, done };
        // Committed after `next` (or `batch`) was read: read afresh, or it would wait for a poll.
        if (this.again) {
          this.again = false;
          batch = await this.eventStore.findUnpublished(modules, batchSize, positions);
        } else {
          batch = await next;
        }
      }
    } finally {
      await marking?.done;
    }
  }

  /**
   * Publishes the batch's readable events as their current version (so a superseded version stored
   * earlier travels as, and is routed by, its current type). A stored event that no longer reads —
   * its payload fails its schema, its type is unknown, an upcaster throws — is parked as a dead letter
   * with the reason, and the events after it, of its stream too, flow on; once a fixed release can read
   * it, redriving the dead letter hands it back to the relay.
   */
  private async publish(batch: readonly UnpublishedEvent[]): Promise<UnpublishedEvent[]> {
    const read = batch.map((event) => this.read(event));
    for (const item of read) if ('error' in item) await this.park(item.event, item.error);
    const readable = read.flatMap((item) => ('envelope' in item ? [item] : []));
    const traced = readable.map(({ event, envelope }) => ({ envelope, traceParent: event.traceParent }));
    await tracePublish(traced, this.transport.name, () =>
      this.transport.publish(traced.map(({ envelope }) => envelope)),
    );
    return readable.map(({ event }) => event);
  }

  private read(event: UnpublishedEvent): Readable {
    try {
      return { event, envelope: this.registry.parse(toEnvelope(event)).envelope };
    } catch (error) {
      return { event, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private async park(event: UnpublishedEvent, error: string): Promise<void> {
    this.logger.error(`parking stored event ${event.type} ${event.eventId} the relay cannot read: ${error}`);
    await this.dataSource.transaction(async (manager) => {
      await this.deadLetters.park(
        {
          consumer: `${event.module}.outbox-relay`,
          kind: 'unpublishable',
          message: toEnvelope(event),
          error,
          attempts: 1,
        },
        manager,
      );
      await this.eventStore.markParked(manager, event.position);
    });
  }

  private async markPublished(batch: readonly UnpublishedEvent[]): Promise<void> {
    await this.eventStore.markPublished(batch.map((event) => event.position));
    for (const event of batch) this.metrics?.countPublished(event.type, this.transport.name);
  }
}
