import { Inject, Injectable, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MetricsService } from '../observability/metrics.service';
import { ConsumerRegistry } from './consumers/consumer-registry';
import { DeadLetterRepository } from './dead-letters/dead-letter.repository';
import { TRANSPORT_ADAPTER, TransportAdapter } from './transports/transport-adapter';

/** Lag beyond this is reported as this: counting further would make a scrape slow exactly when it matters. */
const MAX_COUNTED_LAG = 100_000;

/** Reuses one read (and its in-flight promise) for `ttlMs`, so scrapes stay cheap and never pile up queries. */
function cachedFor<T>(ttlMs: number, read: () => Promise<T>): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (last && Date.now() - last.at < ttlMs) return last.value;
    const value = read();
    const entry = { at: Date.now(), value };
    last = entry;
    value.catch(() => {
      if (last === entry) last = undefined;
    });
    return value;
  };
}

/**
 * Gauges read at scrape time from the messaging tables and the broker: the outbox backlog of this
 * process's modules, each hosted consumer's projection lag, and (RabbitMQ) the depth of its queues.
 */
@Injectable()
export class MessagingMetrics implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly consumers: ConsumerRegistry,
    private readonly deadLetters: DeadLetterRepository,
    @Inject(TRANSPORT_ADAPTER) private readonly transport: TransportAdapter,
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  onApplicationBootstrap(): void {
    const metrics = this.metrics;
    if (!metrics) return;
    const outbox = cachedFor(1000, () => this.outboxBacklog());
    metrics.registerGauge(
      'outbox_unpublished_events',
      "Committed events of this process's modules not yet published",
      async () => (await outbox()).count,
    );
    metrics.registerGauge(
      'outbox_oldest_unpublished_age_seconds',
      'Age of the oldest unpublished event of this process’s modules (0 when none)',
      async () => (await outbox()).ageSeconds,
    );
    metrics.registerLabelledGauge(
      'projection_lag_events',
      `Events of the types a consumer handles stored after the newest one it applied (approximate, capped at ${MAX_COUNTED_LAG})`,
      'consumer',
      cachedFor(5000, () => this.projectionLag()),
    );
    metrics.registerLabelledGauge(
      'dead_letters_pending',
      'Dead letters parked in this database and not yet redriven, per consumer',
      'consumer',
      cachedFor(1000, () => this.deadLetters.pendingByConsumer()),
    );
    const queueDepths = this.transport.queueDepths?.bind(this.transport);
    if (queueDepths) {
      metrics.registerLabelledGauge(
        // Named after the transport (`rabbitmq_queue_messages`, `nats_queue_messages`): each counts what its queues hold.
        `${this.transport.name}_queue_messages`,
        'Messages waiting in the queues this process consumes (shards or partitions, and dead letters)',
        'queue',
        cachedFor(1000, queueDepths),
      );
    }
  }

  private async outboxBacklog(): Promise<{ count: number; ageSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count, coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS age
       FROM messaging.event_store WHERE published_at IS NULL AND parked_at IS NULL AND module = ANY($1)`,
      [this.config.modules],
    );
    return { count: row.count, ageSeconds: Math.max(0, row.age) };
  }

  /**
   * Per consumer: how many events of its types follow the newest event it applied (event ids are UUID
   * v7, so the inbox's primary key finds that one without a scan).
   */
  private async projectionLag(): Promise<Map<string, number>> {
    const typesByConsumer = new Map<string, string[]>();
    for (const { consumer, eventClasses } of this.consumers.hosted()) {
      typesByConsumer.set(
        consumer,
        eventClasses.map((eventClass) => eventClass.type),
      );
    }
    const lag = new Map<string, number>();
    for (const [consumer, types] of typesByConsumer) {
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS lag FROM (
           SELECT 1 FROM messaging.event_store e
           WHERE e.type = ANY($2) AND e.position > coalesce((
             SELECT s.position FROM messaging.event_store s
             WHERE s.event_id = (SELECT i.event_id FROM messaging.inbox i WHERE i.consumer = $1
                                 ORDER BY i.event_id DESC LIMIT 1)), 0)
           LIMIT $3) pending`,
        [consumer, types, MAX_COUNTED_LAG],
      );
      lag.set(consumer, row.lag);
    }
    return lag;
  }
}
