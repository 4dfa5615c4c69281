import amqp from 'amqplib';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { STREAM_HEADER } from '../../src/shared/messaging/transports/rabbitmq/rabbitmq-message';
import { BenchBroker } from '../lib/broker';
import { percentile, round1 } from '../lib/percentiles';
import { Measurement } from '../lib/report';

const SHARDS = 4;
/** About the size of an encoded review-added envelope. */
const BODY = Buffer.alloc(700, 'x');

/**
 * The broker's own share of a propagation: bare amqplib messages at `rate` per second through the
 * topology the app declares (topic exchange → consistent-hash exchange → four single-active-consumer
 * quorum shard queues), persistent, on a confirm channel, consumed with prefetch 32 and acked on a
 * second connection; publish → delivery per message. No database, no app: what the wire costs here.
 */
export async function measureWireFloor(broker: BenchBroker, rate: number, durationS: number): Promise<Measurement> {
  const publisher = await amqp.connect(broker.url, { noDelay: true });
  const consumer = await amqp.connect(broker.url, { noDelay: true });
  const prefix = `${broker.prefix}.wire-floor`;
  try {
    const channel = await publisher.createConfirmChannel();
    await channel.assertExchange(`${prefix}.events`, 'topic', { durable: true });
    await channel.assertExchange(`${prefix}.hash`, 'x-consistent-hash', {
      durable: true,
      arguments: { 'hash-header': STREAM_HEADER },
    });
    await channel.bindExchange(`${prefix}.hash`, `${prefix}.events`, 'reviews.#');
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const consuming = await consumer.createChannel();
    await consuming.prefetch(32);
    for (let shard = 0; shard < SHARDS; shard++) {
      const queue = `${prefix}.shard-${shard}`;
      await channel.assertQueue(queue, {
        durable: true,
        arguments: { 'x-queue-type': 'quorum', 'x-single-active-consumer': true },
      });
      await channel.bindQueue(queue, `${prefix}.hash`, '1');
      await consuming.consume(queue, (message) => {
        if (!message) return;
        const sent = sentAt.get(message.properties.messageId as string);
        if (sent !== undefined) latencies.push(performance.now() - sent);
        consuming.ack(message);
      });
    }
    const total = Math.round(rate * durationS);
    const startedAt = performance.now();
    for (let index = 0; index < total; index++) {
      const wait = startedAt + (index * 1000) / rate - performance.now();
      if (wait > 1) await sleep(wait);
      const id = `floor-${index}`;
      sentAt.set(id, performance.now());
      channel.publish(`${prefix}.events`, 'reviews.review-added.v1', BODY, {
        persistent: true,
        messageId: id,
        headers: { [STREAM_HEADER]: `reviews.review:${index}` },
      });
    }
    await channel.waitForConfirms();
    const deadline = performance.now() + 10_000;
    while (latencies.length < total && performance.now() < deadline) await sleep(10);
    return {
      subject: 'bare amqplib, same topology',
      throughput: latencies.length / durationS,
      unit: 'msgs/s',
      p50Ms: round1(percentile(latencies, 0.5)),
      p99Ms: round1(percentile(latencies, 0.99)),
    };
  } finally {
    await publisher.close().catch(() => undefined);
    await consumer.close().catch(() => undefined);
  }
}
