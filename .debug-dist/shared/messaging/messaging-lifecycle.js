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
exports.MessagingLifecycle = void 0;
const common_1 = require("@nestjs/common");
const consumer_registry_1 = require("./consumer/consumer-registry");
const outbox_relay_1 = require("./relay/outbox-relay");
const event_transport_1 = require("./transport/event-transport");
/** Starts consumers before the relay (so nothing is published to a consumer not yet listening) and stops in reverse. */
let MessagingLifecycle = class MessagingLifecycle {
    consumers;
    transport;
    relay;
    constructor(consumers, transport, relay) {
        this.consumers = consumers;
        this.transport = transport;
        this.relay = relay;
    }
    async onApplicationBootstrap() {
        this.consumers.discover();
        await this.transport.start();
        this.relay.start();
    }
    async onApplicationShutdown() {
        await this.relay.stop();
        await this.transport.stop();
    }
};
exports.MessagingLifecycle = MessagingLifecycle;
exports.MessagingLifecycle = MessagingLifecycle = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Inject)(event_transport_1.EVENT_TRANSPORT)),
    __metadata("design:paramtypes", [consumer_registry_1.ConsumerRegistry, Object, outbox_relay_1.OutboxRelay])
], MessagingLifecycle);
//# sourceMappingURL=messaging-lifecycle.js.map