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
exports.TransportHealthIndicator = void 0;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const event_transport_1 = require("../messaging/transport/event-transport");
/** Ready only when the active event transport says it is (e.g. connected to RabbitMQ). */
let TransportHealthIndicator = class TransportHealthIndicator {
    health;
    transport;
    constructor(health, transport) {
        this.health = health;
        this.transport = transport;
    }
    get available() {
        return this.transport !== undefined;
    }
    check(key) {
        const indicator = this.health.check(key);
        const { up, detail } = this.transport.health();
        const data = { transport: this.transport.name, ...(detail !== undefined && { detail }) };
        return up ? indicator.up(data) : indicator.down(data);
    }
};
exports.TransportHealthIndicator = TransportHealthIndicator;
exports.TransportHealthIndicator = TransportHealthIndicator = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Optional)()),
    __param(1, (0, common_1.Inject)(event_transport_1.EVENT_TRANSPORT)),
    __metadata("design:paramtypes", [terminus_1.HealthIndicatorService, Object])
], TransportHealthIndicator);
