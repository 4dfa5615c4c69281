import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import amqp, { ConfirmChannel } from 'amqplib';
import { performance } from 'node:perf_hooks';
import { ALL_EVENTS } from '../../src/module-registry';
import { ConfigModule } from '../../src/shared/config/config.module';
import { loadAppConfig } from '../../src/load-app-config';
import { DatabaseModule } from '../../src/shared/database/database.module';
import { openDatabase } from '../../src/shared/database/open-database';
import { EventStoreRow, toEnvelope, toStoredEvent } from '../../src/shared/messaging/outbox/stored-event';
import { MessagingModule } from '../../src/shared/messaging/messaging.module';
import { MESSAGING_MIGRATIONS } from '../../src/shared/messaging/migrations';
import { encodeEnvelope, publishOptions } from '../../src/shared/messaging/transports/rabbitmq/rabbitmq-message';
import { OutboxRelay } from '../../src/shared/messaging/outbox/outbox-relay';
import { BenchBroker } from '../lib/broker';
import { BenchDatabase } from '../lib/database';
import { Measurement } from '../lib/report';

const ACTOR = 'bench-relay';

/** Every published event lands in one quorum queue, so confirms cost what they cost with real consumers. */
async function declareSink(
  broker: BenchBroker,
): Promise<{ channel: ConfirmChannel; close(): Promise<void>; sink: string }> {
  const connection = await amqp.connect(broker.url);
  const channel = await connection.createConfirmChannel();
  const exchange = `${broker.prefix}.events`;
  const sink = `${broker.prefix}.bench-sink`;
  await channel.assertExchange(exchange, 'topic', { durable: true });
  await channel.assertQueue(sink, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await channel.bindQueue(sink, exchange, '#');
  await channel.purgeQueue(sink);
  return { channel, sink, close: () => connection.close() };
}

/** `count` unpublished review-added rows of realistic size, written straight into the outbox. */
async function prefillOutbox(db: BenchDatabase, count: number): Promise<void> {
  await db.query(
    `INSERT INTO messaging.event_store
       (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload)
     SELECT gen_random_uuid(), 'reviews.review-added.v1', 'reviews', 'reviews.review:' || id, 1, now(), gen_random_uuid(),
            $2, jsonb_build_object('reviewId', id, 'productId', gen_random_uuid(), 'authorId', 'customer-' || n,
              'title', 'Solid and well made',
              'body', 'Arrived quickly, works as described and feels built to last. Would buy it again.')
     FROM (SELECT n, gen_random_uuid() AS id FROM generate_series(1, $1) n) rows`,
    [count, ACTOR],
  );
}

/** Time for the app's relay, in this process, to publish `count` prefilled rows with confirms and mark them. */
async function measureRelay(db: BenchDatabase, broker: BenchBroker, count: number): Promise<number> {
  const config = loadAppConfig({
    DATABASE_URL: db.url,
    APP_MODULES: 'reviews',
    EVENT_TRANSPORT: 'rabbitmq',
    RABBITMQ_URL: broker.url,
    RABBITMQ_PREFIX: broker.prefix,
    // Only the explicit flush below publishes: no poll may start a concurrent pass.
    RELAY_POLL_INTERVAL_MS: '60000',
    LOG_LEVEL: 'warn',
    ...(process.env.RELAY_BATCH_SIZE && { RELAY_BATCH_SIZE: process.env.RELAY_BATCH_SIZE }),
  });
  const database = await openDatabase({
    databaseUrl: db.url,
    dataDir: '.data',
    entities: [],
    migrations: MESSAGING_MIGRATIONS,
  });
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(database.dataSource, database.connection),
      MessagingModule.forRoot({ events: ALL_EVENTS, consumers: [], transport: 'rabbitmq' }),
    ],
  })
  class RelayBenchModule {}
  const context = await NestFactory.createApplicationContext(RelayBenchModule, { logger: ['error', 'warn'] });
  try {
    await context.init();
    const relay = context.get(OutboxRelay);
    await relay.flush();
    await prefillOutbox(db, count);
    const startedAt = performance.now();
    await relay.flush();
    const elapsedS = (performance.now() - startedAt) / 1000;
    const [{ left }] = await db.query<{ left: number }>(
      `SELECT count(*)::int AS left FROM messaging.event_store WHERE published_at IS NULL AND actor = $1`,
      [ACTOR],
    );
    if (left > 0) throw new Error(`relay left ${left} of ${count} rows unpublished`);
    return count / elapsedS;
  } finally {
    await context.close();
    await database.close();
  }
}

/** The same messages (read back from the store beforehand) through one bare amqplib confirm channel. */
async function measureBarePublisher(db: BenchDatabase, broker: BenchBroker, channel: ConfirmChannel): Promise<number> {
  const rows = await db.query<EventStoreRow>(
    `SELECT position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id,
            actor, payload, published_at
     FROM messaging.event_store WHERE actor = $1 ORDER BY position`,
    [ACTOR],
  );
  const messages = rows.map((row) => {
    const envelope = toEnvelope(toStoredEvent(row));
    return {
      type: envelope.type,
      content: encodeEnvelope(envelope),
      options: publishOptions(envelope, decodeURIComponent(new URL(broker.url).username) || 'guest'),
    };
  });
  const exchange = `${broker.prefix}.events`;
  const startedAt = performance.now();
  for (const message of messages) {
    if (!channel.publish(exchange, message.type, message.content, message.options)) {
      await new Promise((resolve) => channel.once('drain', resolve));
    }
  }
  await channel.waitForConfirms();
  return messages.length / ((performance.now() - startedAt) / 1000);
}

/** Outbox → RabbitMQ: the relay draining a prefilled outbox vs a bare confirm-channel publisher. */
export async function measureRelayScenario(
  db: BenchDatabase,
  broker: BenchBroker,
  count: number,
): Promise<{ app: Measurement; baseline: Measurement }> {
  const sink = await declareSink(broker);
  try {
    const relayRate = await measureRelay(db, broker, count);
    const { messageCount } = await sink.channel.checkQueue(sink.sink);
    if (messageCount < count) throw new Error(`only ${messageCount} of ${count} relayed messages reached the sink`);
    await sink.channel.purgeQueue(sink.sink);
    const bareRate = await measureBarePublisher(db, broker, sink.channel);
    await sink.channel.purgeQueue(sink.sink);
    const measurement = (subject: string, throughput: number): Measurement => ({
      subject,
      throughput,
      unit: 'events/s',
      p50Ms: null,
      p99Ms: null,
    });
    return {
      app: measurement('outbox relay (rabbitmq, confirms)', relayRate),
      baseline: measurement('bare amqplib confirm channel', bareRate),
    };
  } finally {
    await sink.close();
  }
}
