"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ModuleConsumer = void 0;
const common_1 = require("@nestjs/common");
const trace_parent_1 = require("../../observability/tracing/trace-parent");
const rabbitmq_message_1 = require("./rabbitmq-message");
const rabbitmq_topology_1 = require("./rabbitmq-topology");
const stream_lanes_1 = require("./stream-lanes");
const messageOf = (error) => (error instanceof Error ? error.message : String(error));
/**
 * Consumes one module's shard queues. Each message is validated, applied through the inbox for every
 * handler of that module, and acknowledged only after all of them committed. A failure moves the
 * message to a retry queue (its TTL is the backoff) with `x-attempt` + 1 and acks the original; the
 * last attempt, or a message that is not a valid event, is parked in `messaging.dead_letter` (for
 * the admin API) and in the module's DLQ (for broker-level redrive). Parking never blocks the queue.
 */
class ModuleConsumer {
    deps;
    module;
    types;
    registrations;
    logger;
    lanes = new stream_lanes_1.StreamLanes();
    wrapper;
    subscription;
    constructor(deps, module, types, registrations) {
        this.deps = deps;
        this.module = module;
        this.types = types;
        this.registrations = registrations;
        this.logger = new common_1.Logger(`RabbitMqConsumer:${module}`);
    }
    async start() {
        const { connection, settings, prefetch } = this.deps;
        this.wrapper = connection.createChannel(`consumer:${this.module}`, async (channel) => {
            await (0, rabbitmq_topology_1.declareModuleTopology)(channel, settings, this.module, this.types);
            await channel.prefetch(prefetch);
            const tags = [];
            for (const queue of settings.names.shardQueues(this.module, settings.shards)) {
                const { consumerTag } = await channel.consume(queue, (message) => message && this.receive(channel, message));
                tags.push(consumerTag);
            }
            this.subscription = { channel, tags };
        });
        await this.wrapper.waitForConnect();
    }
    /** Stops taking messages, lets the ones in hand finish (and be acked), then closes the channel. */
    async stop() {
        const subscription = this.subscription;
        this.subscription = undefined;
        for (const tag of subscription?.tags ?? [])
            await subscription.channel.cancel(tag).catch(() => undefined);
        await this.lanes.idle();
        await this.wrapper?.close().catch(() => undefined);
    }
    receive(channel, message) {
        let event;
        try {
            event = this.deps.registry.parse(JSON.parse(message.content.toString('utf8')));
        }
        catch (error) {
            void this.settle(channel, message, () => this.parkInvalid(channel, message, error));
            return;
        }
        (0, trace_parent_1.attachTraceParent)(event.envelope, message.properties.headers?.[trace_parent_1.TRACEPARENT]);
        this.lanes.run(event.envelope.streamId, () => this.settle(channel, message, () => this.apply(channel, message, event)));
    }
    async apply(channel, message, event) {
        const attempt = (0, rabbitmq_message_1.attemptOf)(message);
        for (const registration of this.registrations) {
            if (registration.eventClass.type !== event.envelope.type)
                continue;
            try {
                await this.deps.inbox.process(registration, event);
            }
            catch (error) {
                await this.fail(channel, event, registration, error, attempt);
                return;
            }
        }
    }
    async fail(channel, event, registration, error, attempt) {
        const { envelope } = event;
        const reason = messageOf(error);
        const { maxAttempts } = this.deps.policy;
        if (attempt < maxAttempts) {
            this.logger.warn(`${registration.consumer} failed on ${envelope.type} ${envelope.eventId} (attempt ${attempt}): ${reason}`);
            this.deps.inbox.telemetry.retried(registration.consumer, envelope);
            const delayMs = this.deps.settings.retryDelaysMs[attempt - 1];
            const options = (0, rabbitmq_message_1.publishOptions)(envelope, {
                [rabbitmq_message_1.ATTEMPT_HEADER]: attempt + 1,
                [rabbitmq_message_1.ERROR_HEADER]: reason.slice(0, 1000),
            });
            await this.send(channel, this.deps.settings.names.retryQueue(this.module, delayMs), event, options);
            return;
        }
        this.logger.error(`${registration.consumer} gave up on ${envelope.type} ${envelope.eventId} after ${attempt} attempts: ${reason}`);
        await this.deps.deadLetters.park({ consumer: registration.consumer, envelope, error: reason, attempts: attempt });
        this.deps.inbox.telemetry.deadLettered(registration.consumer, envelope);
        const options = (0, rabbitmq_message_1.publishOptions)(envelope, {
            [rabbitmq_message_1.ATTEMPT_HEADER]: attempt,
            [rabbitmq_message_1.ERROR_HEADER]: reason.slice(0, 1000),
            'x-consumer': registration.consumer,
        });
        await this.send(channel, this.deps.settings.names.deadLetterQueue(this.module), event, options);
    }
    async parkInvalid(channel, message, error) {
        const reason = messageOf(error);
        const consumer = `${this.module}.invalid-message`;
        this.logger.error(`parking invalid message ${message.properties.messageId ?? '(no message id)'}: ${reason}`);
        const text = message.content.toString('utf8');
        let envelope;
        try {
            envelope = JSON.parse(text);
        }
        catch {
            envelope = text;
        }
        await this.deps.deadLetters.park({ consumer, envelope, error: reason, attempts: (0, rabbitmq_message_1.attemptOf)(message) });
        const options = (0, rabbitmq_message_1.copyOptions)(message, { [rabbitmq_message_1.ERROR_HEADER]: reason.slice(0, 1000), 'x-consumer': consumer });
        await this.confirmSend(channel, this.deps.settings.names.deadLetterQueue(this.module), message.content, options);
    }
    send(channel, queue, event, options) {
        return this.confirmSend(channel, queue, (0, rabbitmq_message_1.encodeEnvelope)(event.envelope), { ...options, mandatory: false });
    }
    confirmSend(channel, queue, content, options) {
        return new Promise((resolve, reject) => channel.sendToQueue(queue, content, options, (error) => error ? reject(new Error(`${queue}: ${String(error)}`)) : resolve()));
    }
    /**
     * Acks after `work` (whose effects are durable by then); if `work` itself failed — the database or
     * the broker is unreachable — the message goes back to its queue and is redelivered later, where
     * the inbox skips what was already applied and the queue's delivery limit stops a crash loop.
     */
    async settle(channel, message, work) {
        try {
            await work();
            channel.ack(message);
        }
        catch (error) {
            this.logger.warn(`requeueing message ${message.properties.messageId ?? '(no message id)'}: ${messageOf(error)}`);
            try {
                channel.nack(message, false, true);
            }
            catch {
                // The channel is gone: the broker already requeued the message.
            }
        }
    }
}
exports.ModuleConsumer = ModuleConsumer;
