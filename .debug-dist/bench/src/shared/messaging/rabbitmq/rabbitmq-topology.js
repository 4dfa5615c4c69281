"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.topologySettings = topologySettings;
exports.shardQueueArguments = shardQueueArguments;
exports.retryQueueArguments = retryQueueArguments;
exports.declareEventsExchange = declareEventsExchange;
exports.declareModuleTopology = declareModuleTopology;
const rabbitmq_names_1 = require("./rabbitmq-names");
const rabbitmq_message_1 = require("./rabbitmq-message");
const retry_schedule_1 = require("./retry-schedule");
function topologySettings(config) {
    const { namePrefix, queueType, deliveryLimit, shards } = config.rabbitmq;
    return {
        names: new rabbitmq_names_1.RabbitMqNames(namePrefix),
        queueType,
        deliveryLimit,
        shards,
        retryDelaysMs: (0, retry_schedule_1.retryDelaysMs)(config.consumer),
    };
}
/**
 * Quorum queues dead-letter at-least-once (the message leaves only once the target confirmed it),
 * which RabbitMQ allows only together with `reject-publish` overflow.
 */
function deadLetteringArguments(queueType) {
    return queueType === 'quorum' ? { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } : {};
}
/**
 * A shard queue: one active consumer at a time (per-stream order across instances); a message
 * delivered `deliveryLimit` times without an ack (a consumer crash loop) goes to the module's DLQ.
 */
function shardQueueArguments(settings, module) {
    return {
        'x-queue-type': settings.queueType,
        'x-single-active-consumer': true,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': settings.names.deadLetterQueue(module),
        ...(settings.queueType === 'quorum' ? { 'x-delivery-limit': settings.deliveryLimit } : {}),
        ...deadLetteringArguments(settings.queueType),
    };
}
/** A retry queue: messages expire after `delayMs` back into the module's hash exchange, so to the same shard. */
function retryQueueArguments(settings, module, delayMs) {
    return {
        'x-queue-type': settings.queueType,
        'x-message-ttl': delayMs,
        'x-dead-letter-exchange': settings.names.moduleExchange(module),
        ...deadLetteringArguments(settings.queueType),
    };
}
async function declareEventsExchange(channel, names) {
    await channel.assertExchange(names.eventsExchange, 'topic', { durable: true });
}
/**
 * Declares (idempotently) the events exchange and one module's consistent-hash exchange, bindings,
 * shard, retry and dead-letter queues. Run on every (re)connect by the publisher, for the modules
 * this process hosts, and by each module consumer, so routability never depends on start order.
 */
async function declareModuleTopology(channel, settings, module, types) {
    const { names } = settings;
    const exchange = names.moduleExchange(module);
    await declareEventsExchange(channel, names);
    await channel
        .assertExchange(exchange, 'x-consistent-hash', { durable: true, arguments: { 'hash-header': rabbitmq_message_1.STREAM_HEADER } })
        .catch((error) => {
        throw new Error(`${error.message} (is the rabbitmq_consistent_hash_exchange plugin enabled?)`);
    });
    await channel.assertQueue(names.deadLetterQueue(module), {
        durable: true,
        arguments: { 'x-queue-type': settings.queueType },
    });
    for (const queue of names.shardQueues(module, settings.shards)) {
        await channel.assertQueue(queue, { durable: true, arguments: shardQueueArguments(settings, module) });
        // In a consistent-hash exchange the binding key is the shard's weight on the hash ring.
        await channel.bindQueue(queue, exchange, '1');
    }
    for (const delayMs of new Set(settings.retryDelaysMs)) {
        await channel.assertQueue(names.retryQueue(module, delayMs), {
            durable: true,
            arguments: retryQueueArguments(settings, module, delayMs),
        });
    }
    for (const type of types)
        await channel.bindExchange(exchange, names.eventsExchange, type);
}
