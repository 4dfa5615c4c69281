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
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConsumerRegistry = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const integration_event_handler_decorator_1 = require("./integration-event-handler.decorator");
/** Finds every `@OnIntegrationEvent` provider of the modules this process hosts. */
let ConsumerRegistry = class ConsumerRegistry {
    discovery;
    registrations = [];
    constructor(discovery) {
        this.discovery = discovery;
    }
    onApplicationBootstrap() {
        this.discover();
    }
    discover() {
        const seen = new Set();
        this.registrations = [];
        for (const wrapper of this.discovery.getProviders()) {
            const instance = wrapper.instance;
            if (!instance || typeof instance !== 'object' || !wrapper.metatype)
                continue;
            const metadata = Reflect.getMetadata(integration_event_handler_decorator_1.INTEGRATION_EVENT_HANDLER, wrapper.metatype);
            if (!metadata)
                continue;
            for (const eventClass of metadata.eventClasses) {
                const key = `${metadata.consumer}|${eventClass.type}`;
                if (seen.has(key))
                    throw new Error(`consumer ${metadata.consumer} handles ${eventClass.type} twice`);
                seen.add(key);
                this.registrations.push({
                    consumer: metadata.consumer,
                    module: metadata.consumer.split('.')[0],
                    eventClass,
                    handler: instance,
                });
            }
        }
        return this.registrations;
    }
    all() {
        return this.registrations;
    }
    forType(type) {
        return this.registrations.filter((registration) => registration.eventClass.type === type);
    }
};
exports.ConsumerRegistry = ConsumerRegistry;
exports.ConsumerRegistry = ConsumerRegistry = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.DiscoveryService])
], ConsumerRegistry);
//# sourceMappingURL=consumer-registry.js.map