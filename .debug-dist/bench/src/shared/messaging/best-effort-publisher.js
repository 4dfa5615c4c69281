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
exports.BestEffortPublisher = void 0;
const common_1 = require("@nestjs/common");
const message_context_1 = require("./message-context");
const event_transport_1 = require("./transport/event-transport");
const uuid_v7_1 = require("./uuid-v7");
/**
 * Publishes telemetry events straight to the transport, bypassing the outbox: no database write,
 * at-most-once. Only for event classes declared `delivery = 'best-effort'`.
 */
let BestEffortPublisher = class BestEffortPublisher {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    publish(eventClass, events) {
        if (eventClass.delivery !== 'best-effort') {
            throw new Error(`${eventClass.type} is not a best-effort event; record it through UnitOfWork`);
        }
        const context = (0, message_context_1.currentMessageContext)();
        const occurredAt = new Date().toISOString();
        this.transport.publishBestEffort(events.map(({ streamId, payload }) => ({
            eventId: (0, uuid_v7_1.uuidV7)(),
            type: eventClass.type,
            // Best-effort events belong to no ordered stream: each is version 1 of its own window.
            streamId,
            streamVersion: 1,
            occurredAt,
            correlationId: context.correlationId,
            causationId: null,
            actor: context.actor,
            payload,
        })));
    }
};
exports.BestEffortPublisher = BestEffortPublisher;
exports.BestEffortPublisher = BestEffortPublisher = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(event_transport_1.EVENT_TRANSPORT)),
    __metadata("design:paramtypes", [Object])
], BestEffortPublisher);
