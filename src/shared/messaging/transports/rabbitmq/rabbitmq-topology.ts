import { Channel } from 'amqplib';
import { AppConfig, QueueType } from '../../../config/app-config';
import { retryDelays } from '../../delivery/retry-policy';
import { RabbitMqNames } from './rabbitmq-names';
import { STREAM_HEADER } from './rabbitmq-message';

/** Everything that shapes the broker objects of a consuming module. */
export interface TopologySettings {
  names: RabbitMqNames;
  queueType: QueueType;
  deliveryLimit: number;
  shards: number;
  /** Every delay the retry policy asks for: one retry queue each. */
  retryDelaysMs: readonly number[];
}

export function topologySettings(config: AppConfig): TopologySettings {
  const { namePrefix, queueType, deliveryLimit, shards } = config.rabbitmq;
  return {
    names: new RabbitMqNames(namePrefix),
    queueType,
    deliveryLimit,
    shards,
    retryDelaysMs: retryDelays(config.consumer),
  };
}

/**
 * Quorum queues dead-letter at-least-once (the message leaves only once the target confirmed it),
 * which RabbitMQ allows only together with `reject-publish` overflow.
 */
function deadLetteringArguments(queueType: QueueType): Record<string, unknown> {
  return queueType === 'quorum' ? { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } : {};
}

/**
 * A shard queue: one active consumer at a time (per-stream order across instances); a message
 * delivered `deliveryLimit` times without an ack (a consumer crash loop) goes to the module's DLQ.
 */
export function shardQueueArguments(settings: TopologySettings, module: string): Record<string, unknown> {
  return {
    'x-queue-type': settings.queueType,
    'x-single-active-consumer': true,
    // Through the module's own exchange, not the default one: declaring a queue that dead-letters to
    // the default exchange needs write access to it, which no service's broker user has.
    'x-dead-letter-exchange': settings.names.deadLetterExchange(module),
    'x-dead-letter-routing-key': settings.names.deadLetterQueue(module),
    ...(settings.queueType === 'quorum' ? { 'x-delivery-limit': settings.deliveryLimit } : {}),
    ...deadLetteringArguments(settings.queueType),
  };
}

/** A retry queue: messages expire after `delayMs` back into the module's hash exchange, so to the same shard. */
export function retryQueueArguments(
  settings: TopologySettings,
  module: string,
  delayMs: number,
): Record<string, unknown> {
  return {
    'x-queue-type': settings.queueType,
    'x-message-ttl': delayMs,
    'x-dead-letter-exchange': settings.names.moduleExchange(module),
    ...deadLetteringArguments(settings.queueType),
  };
}

export async function declareEventsExchange(channel: Channel, names: RabbitMqNames): Promise<void> {
  await channel.assertExchange(names.eventsExchange, 'topic', { durable: true });
}

/**
 * Declares (idempotently) the events exchange and one module's consistent-hash exchange, bindings,
 * shard, retry and dead-letter queues. Run on every (re)connect by the publisher, for the modules
 * this process hosts, and by each module consumer, so routability never depends on start order.
 */
export async function declareModuleTopology(
  channel: Channel,
  settings: TopologySettings,
  module: string,
  types: readonly string[],
): Promise<void> {
  const { names } = settings;
  const exchange = names.moduleExchange(module);
  await declareEventsExchange(channel, names);
  await channel
    .assertExchange(exchange, 'x-consistent-hash', { durable: true, arguments: { 'hash-header': STREAM_HEADER } })
    .catch((error: Error) => {
      throw new Error(`${error.message} (is the rabbitmq_consistent_hash_exchange plugin enabled?)`);
    });
  await channel.assertQueue(names.deadLetterQueue(module), {
    durable: true,
    arguments: { 'x-queue-type': settings.queueType },
  });
  await channel.assertExchange(names.deadLetterExchange(module), 'direct', { durable: true });
  await channel.bindQueue(
    names.deadLetterQueue(module),
    names.deadLetterExchange(module),
    names.deadLetterQueue(module),
  );
  await channel.assertExchange(names.retryExchange(module), 'direct', { durable: true });
  for (const queue of names.shardQueues(module, settings.shards)) {
    await channel.assertQueue(queue, { durable: true, arguments: shardQueueArguments(settings, module) });
    // In a consistent-hash exchange the binding key is the shard's weight on the hash ring.
    await channel.bindQueue(queue, exchange, '1');
  }
  for (const delayMs of new Set(settings.retryDelaysMs)) {
    const queue = names.retryQueue(module, delayMs);
    await channel.assertQueue(queue, { durable: true, arguments: retryQueueArguments(settings, module, delayMs) });
    await channel.bindQueue(queue, names.retryExchange(module), queue);
  }
  for (const type of types) await channel.bindExchange(exchange, names.eventsExchange, type);
}
