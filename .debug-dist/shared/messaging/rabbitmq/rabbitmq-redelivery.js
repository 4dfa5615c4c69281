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
Object.defineProperty(exports, "__esModule", { value: true });
exports.RabbitMqRedelivery = void 0;
const common_1 = require("@nestjs/common");
const app_config_1 = require("../../config/app-config");
const dead_letter_redelivery_1 = require("../dead-letter/dead-letter-redelivery");
const rabbitmq_connection_1 = require("./rabbitmq-connection");
const rabbitmq_message_1 = require("./rabbitmq-message");
const rabbitmq_names_1 = require("./rabbitmq-names");
/** How long a redrive waits for the broker channel before it answers "unavailable". */
const CHANNEL_WAIT_MS = 5000;
/**
 * RabbitMQ redrive: publishes the stored envelope to the consumer's module exchange (consistent
 * hash on the stream id), so it reaches only that module's queues, on the shard of its stream, as a
 * first attempt with a fresh retry budget. The module's other consumers of that type already have it
 * in their inbox and skip it. The dead letter counts as redriven once the broker confirmed the publish;
 * the copy in `<prefix>.<module>.dlq` stays there as the broker-level archive.
 */
let RabbitMqRedelivery = class RabbitMqRedelivery {
    connection;
    names;
    returned = new Set();
    wrapper;
    channel;
    constructor(config, connection) {
        this.connection = connection;
        this.names = new rabbitmq_names_1.RabbitMqNames(config.rabbitmq.namePrefix);
    }
    async redeliver(consumer, event, handedOver) {
        const module = consumer.split('.')[0];
        await this.publish(this.names.moduleExchange(module), event.envelope);
        await handedOver();
    }
    async onApplicationShutdown() {
        const wrapper = this.wrapper;
        this.wrapper = undefined;
        this.channel = undefined;
        await wrapper?.close().catch(() => undefined);
    }
    async publish(exchange, envelope) {
        const channel = await this.connectedChannel();
        await new Promise((resolve, reject) => 
        // The hash exchange routes by the stream-id header; the routing key is not used.
        channel.publish(exchange, '', (0, rabbitmq_message_1.encodeEnvelope)(envelope), (0, rabbitmq_message_1.publishOptions)(envelope), (error) => {
            const wasReturned = this.returned.delete(envelope.eventId);
            if (error)
                reject(new dead_letter_redelivery_1.RedeliveryUnavailableError(`${exchange} did not take ${envelope.eventId}: ${String(error)}`));
            else if (wasReturned)
                reject(new dead_letter_redelivery_1.RedeliveryUnavailableError(`no queue is bound to ${exchange}`));
            else
                resolve();
        }));
    }
    async connectedChannel() {
        this.wrapper ??= this.connection.createChannel('redrive', async (channel) => {
            channel.on('return', (message) => this.returned.add(message.properties.messageId));
            channel.on('close', () => {
                if (this.channel === channel)
                    this.channel = undefined;
            });
            this.channel = channel;
        });
        const deadline = Date.now() + CHANNEL_WAIT_MS;
        while (!this.channel) {
            if (Date.now() > deadline)
                throw new dead_letter_redelivery_1.RedeliveryUnavailableError('RabbitMQ is not connected');
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return this.channel;
    }
};
exports.RabbitMqRedelivery = RabbitMqRedelivery;
exports.RabbitMqRedelivery = RabbitMqRedelivery = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object, rabbitmq_connection_1.RabbitMqConnection])
], RabbitMqRedelivery);
//# sourceMappingURL=rabbitmq-redelivery.js.map