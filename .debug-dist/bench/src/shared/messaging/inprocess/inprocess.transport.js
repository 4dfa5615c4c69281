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
var InProcessTransport_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.InProcessTransport = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const consumer_registry_1 = require("../consumer/consumer-registry");
const reliable_delivery_1 = require("../consumer/reliable-delivery");
const event_registry_1 = require("../event-registry");
const integration_event_1 = require("../integration-event");
/**
 * Streams delivered at the same time: enough to overlap consumers' database round trips, few enough
 * to leave most of the connection pool to HTTP requests.
 */
const CONCURRENT_STREAMS = 8;
/**
 * Events travel on the `@nestjs/cqrs` EventBus inside this process. `publish` resolves when every
 * local consumer has applied the event (or parked it as a dead letter), so the relay marks a row
 * published only after its effects are durable; a crash before that republishes, and inboxes dedupe.
 * Events of one stream are delivered one after another in order; different streams concurrently, as
 * the broker's shards do, so one slow consumer does not hold up every other event.
 */
let InProcessTransport = InProcessTransport_1 = class InProcessTransport {
    eventBus;
    registry;
    consumers;
    delivery;
    name = 'inprocess';
    logger = new common_1.Logger(InProcessTransport_1.name);
    pending = new Map();
    subscription;
    constructor(eventBus, registry, consumers, delivery) {
        this.eventBus = eventBus;
        this.registry = registry;
        this.consumers = consumers;
        this.delivery = delivery;
    }
    async start() {
        this.subscription = this.eventBus.subscribe((event) => {
            if (event instanceof integration_event_1.IntegrationEvent)
                void this.dispatch(event);
        });
    }
    async publish(envelopes) {
        const streams = new Map();
        for (const envelope of envelopes) {
            const event = this.registry.parse(envelope);
            streams.set(envelope.streamId, [...(streams.get(envelope.streamId) ?? []), event]);
        }
        const waiting = [...streams.values()];
        const lane = async () => {
            for (let stream = waiting.shift(); stream; stream = waiting.shift()) {
                for (const event of stream)
                    await this.deliver(event);
            }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENT_STREAMS, waiting.length) }, lane));
    }
    publishBestEffort(envelopes) {
        this.publish(envelopes).catch((error) => this.logger.warn(`best-effort delivery dropped: ${String(error)}`));
    }
    health() {
        return { up: this.subscription !== undefined && !this.subscription.closed };
    }
    async stop() {
        this.subscription?.unsubscribe();
    }
    deliver(event) {
        return new Promise((resolve, reject) => {
            this.pending.set(event, { resolve, reject });
            this.eventBus.publish(event);
        });
    }
    async dispatch(event) {
        const pending = this.pending.get(event);
        this.pending.delete(event);
        try {
            const registrations = this.consumers.forType(event.envelope.type);
            await Promise.all(registrations.map((registration) => this.delivery.deliver(registration, event)));
            pending?.resolve();
        }
        catch (error) {
            pending?.reject(error);
        }
    }
};
exports.InProcessTransport = InProcessTransport;
exports.InProcessTransport = InProcessTransport = InProcessTransport_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [cqrs_1.EventBus,
        event_registry_1.EventRegistry,
        consumer_registry_1.ConsumerRegistry,
        reliable_delivery_1.ReliableDelivery])
], InProcessTransport);
