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
var InProcessRedelivery_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.InProcessRedelivery = void 0;
const common_1 = require("@nestjs/common");
const domain_error_1 = require("../../domain/domain-error");
const consumer_registry_1 = require("../consumer/consumer-registry");
const reliable_delivery_1 = require("../consumer/reliable-delivery");
const stream_lanes_1 = require("../rabbitmq/stream-lanes");
/**
 * In-process redrive: delivers the event again to that one consumer, with the usual retries, in the
 * background. The dead letter counts as redriven once the consumer applied it or, failing again,
 * parked it as a new dead letter. Per consumer one at a time, so a bulk redrive applies in parking order.
 */
let InProcessRedelivery = InProcessRedelivery_1 = class InProcessRedelivery {
    consumers;
    delivery;
    logger = new common_1.Logger(InProcessRedelivery_1.name);
    lanes = new stream_lanes_1.StreamLanes();
    inFlight = new Set();
    constructor(consumers, delivery) {
        this.consumers = consumers;
        this.delivery = delivery;
    }
    async redeliver(consumer, event, handedOver) {
        const { type, eventId } = event.envelope;
        const registration = this.consumers
            .all()
            .find((candidate) => candidate.consumer === consumer && candidate.eventClass.type === type);
        if (!registration) {
            throw new domain_error_1.DomainError('conflict', `${consumer} does not handle ${type} in this process`, 'dead-letter.no-consumer');
        }
        const key = `${consumer}|${eventId}`;
        // Already on its way back: accepting it twice would only deliver a duplicate.
        if (this.inFlight.has(key))
            return;
        this.inFlight.add(key);
        this.lanes.run(consumer, async () => {
            try {
                await this.delivery.deliver(registration, event);
                await handedOver();
            }
            catch (error) {
                this.logger.error(`redrive of ${type} ${eventId} to ${consumer} failed, it stays pending: ${String(error)}`);
            }
            finally {
                this.inFlight.delete(key);
            }
        });
    }
    /** Lets accepted redrives finish before the database closes. */
    async onApplicationShutdown() {
        await this.lanes.idle();
    }
};
exports.InProcessRedelivery = InProcessRedelivery;
exports.InProcessRedelivery = InProcessRedelivery = InProcessRedelivery_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [consumer_registry_1.ConsumerRegistry,
        reliable_delivery_1.ReliableDelivery])
], InProcessRedelivery);
//# sourceMappingURL=inprocess-redelivery.js.map