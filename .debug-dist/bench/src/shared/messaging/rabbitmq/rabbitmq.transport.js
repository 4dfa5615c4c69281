"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var RabbitMqTransport_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.RabbitMqTransport = void 0;
const common_1 = require("@nestjs/common");
const app_config_1 = require("../../config/app-config");
const consumer_registration_1 = require("../consumer/consumer-registration");
const consumer_registry_1 = require("../consumer/consumer-registry");
const public_events_1 = require("../public/public-events");
const rabbitmq_connection_1 = require("./rabbitmq-connection");
const rabbitmq_message_1 = require("./rabbitmq-message");
const rabbitmq_topology_1 = require("./rabbitmq-topology");
/** How long start-up waits for the broker before it fails with a clear message. */
const CONNECT_TIMEOUT_MS = 30000;
/**
 * Publishes events to the `<prefix>.events` topic exchange on a confirm channel, and the public form
 * of allow-listed types (see `public/public-events.ts`) to the `<prefix>.public` topic exchange. `publish` resolves
 * only when the broker confirmed every message, so the relay marks rows published only then; while
 * disconnected it rejects at once and the rows wait in the outbox for the relay's next poll.
 *
 * Unroutable messages (`mandatory` + basic.return) count as failures only for event types a module
 * hosted by this process consumes: their queues and bindings are declared by `start()` before the
 * relay runs and again on every reconnect, so a return there means the topology is broken and the
 * event must stay in the outbox. A type no hosted module consumes may legitimately have no queue yet
 * (nobody consumes it, or its consumer is deployed separately and has not started once); failing it
 * would block the relay forever, so it counts as published — the event store keeps it for replay.
 */
let RabbitMqTransport = RabbitMqTransport_1 = class RabbitMqTransport {
    config;
    connection;
    consumers;
    name = 'rabbitmq';
    logger = new common_1.Logger(RabbitMqTransport_1.name);
    settings;
    returned = new Set();
    expectedTypes = new Set();
    wrapper;
    channel;
    /** Separate from the publisher: a failed `checkQueue` closes its channel. */
    metricsChannel;
    constructor(config, connection, consumers) {
        this.config = config;
        this.connection = connection;
        this.consumers = consumers;
        this.settings = (0, rabbitmq_topology_1.topologySettings)(config);
    }
    async start() {
        const bindings = (0, consumer_registration_1.bindingsByModule)(this.consumers.all());
        this.expectedTypes = new Set([...bindings.values()].flat());
        this.wrapper = this.connection.createChannel('publisher', async (channel) => {
            await (0, rabbitmq_topology_1.declareEventsExchange)(channel, this.settings.names);
            await channel.assertExchange(this.settings.names.publicExchange, 'topic', { durable: true });
            for (const [module, types] of bindings)
                await (0, rabbitmq_topology_1.declareModuleTopology)(channel, this.settings, module, types);
            channel.on('return', (message) => this.returned.add(message.properties.messageId));
            channel.on('close', () => {
                if (this.channel === channel)
                    this.channel = undefined;
            });
            this.channel = channel;
        });
        await this.waitForChannel();
    }
    async publish(envelopes) {
        const channel = this.channel;
        if (!channel)
            throw new Error('RabbitMQ is not connected');
        await Promise.all(envelopes.map((envelope) => this.confirm(channel, envelope)));
        // Only after the whole batch is confirmed internally: a public event never goes out unless its
        // internal event did. A failure here fails the batch, so the relay resends both (at-least-once).
        const publicEvents = envelopes.map(public_events_1.toPublicEvent).filter((event) => event !== undefined);
        await Promise.all(publicEvents.map((event) => this.confirmPublic(channel, event)));
    }
    publishBestEffort(envelopes) {
        const channel = this.channel;
        if (!channel)
            return;
        try {
            for (const envelope of envelopes) {
                const options = { ...(0, rabbitmq_message_1.publishOptions)(envelope), persistent: false, mandatory: false };
                channel.publish(this.settings.names.eventsExchange, envelope.type, (0, rabbitmq_message_1.encodeEnvelope)(envelope), options);
            }
        }
        catch (error) {
            this.logger.warn(`best-effort delivery dropped: ${String(error)}`);
        }
    }
    health() {
        if (this.channel && this.connection.isConnected())
            return { up: true };
        return { up: false, detail: `not connected to RabbitMQ at ${(0, rabbitmq_connection_1.redactedUrl)(this.config.rabbitmq.url)}` };
    }
    async queueDepths() {
        const { names, shards } = this.settings;
        const queues = [...(0, consumer_registration_1.bindingsByModule)(this.consumers.all()).keys()].flatMap((module) => [
            ...names.shardQueues(module, shards),
            names.deadLetterQueue(module),
        ]);
        this.metricsChannel ??= this.connection.createChannel('metrics', async () => undefined);
        const depths = new Map();
        for (const queue of queues)
            depths.set(queue, (await this.metricsChannel.checkQueue(queue)).messageCount);
        return depths;
    }
    async stop() {
        const wrapper = this.wrapper;
        this.wrapper = undefined;
        this.channel = undefined;
        await this.metricsChannel?.close().catch(() => undefined);
        this.metricsChannel = undefined;
        await wrapper?.close().catch(() => undefined);
        await this.connection.close();
    }
    confirm(channel, envelope) {
        return new Promise((resolve, reject) => {
            const id = envelope.eventId;
            // The broker sends basic.return before the confirm of the same message, so it is known here.
            channel.publish(this.settings.names.eventsExchange, envelope.type, (0, rabbitmq_message_1.encodeEnvelope)(envelope), (0, rabbitmq_message_1.publishOptions)(envelope), (error) => {
                const wasReturned = this.returned.delete(id);
                if (error)
                    return reject(error instanceof Error ? error : new Error(`broker rejected ${id}: ${String(error)}`));
                if (wasReturned && this.expectedTypes.has(envelope.type)) {
                    return reject(new Error(`${envelope.type} ${id} was unroutable although a hosted module consumes it`));
                }
                if (wasReturned)
                    this.logger.debug(`${envelope.type} ${id} has no queue yet; kept in the event store only`);
                resolve();
            });
        });
    }
    confirmPublic(channel, event) {
        return new Promise((resolve, reject) => channel.publish(this.settings.names.publicExchange, event.type, Buffer.from(JSON.stringify(event), 'utf8'), (0, rabbitmq_message_1.publicPublishOptions)(event), (error) => (error ? reject(new Error(`broker rejected public ${event.eventId}: ${String(error)}`)) : resolve())));
    }
    async waitForChannel() {
        const deadline = Date.now() + CONNECT_TIMEOUT_MS;
        while (!this.channel) {
            if (Date.now() > deadline) {
                throw new Error(`RabbitMQ at ${(0, rabbitmq_connection_1.redactedUrl)(this.config.rabbitmq.url)} not ready after ${CONNECT_TIMEOUT_MS} ms`);
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    }
};
exports.RabbitMqTransport = RabbitMqTransport;
exports.RabbitMqTransport = RabbitMqTransport = RabbitMqTransport_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object, rabbitmq_connection_1.RabbitMqConnection,
        consumer_registry_1.ConsumerRegistry])
], RabbitMqTransport);
