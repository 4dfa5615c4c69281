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
var RabbitMqServer_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.RabbitMqServer = void 0;
const common_1 = require("@nestjs/common");
const microservices_1 = require("@nestjs/microservices");
const app_config_1 = require("../../config/app-config");
const consumer_registration_1 = require("../consumer/consumer-registration");
const consumer_registry_1 = require("../consumer/consumer-registry");
const inbox_processor_1 = require("../consumer/inbox-processor");
const dead_letter_repository_1 = require("../dead-letter/dead-letter.repository");
const event_registry_1 = require("../event-registry");
const module_consumer_1 = require("./module-consumer");
const rabbitmq_connection_1 = require("./rabbitmq-connection");
const rabbitmq_topology_1 = require("./rabbitmq-topology");
/**
 * Hosts this process's integration-event consumers as a Nest microservice (attached to the HTTP app
 * with `connectMicroservice`): one {@link ModuleConsumer} per hosted module that has handlers, its
 * queues bound to exactly the event types those handlers declare. Handlers are the
 * `@OnIntegrationEvent` providers found by the ConsumerRegistry, not `@EventPattern` routes.
 */
let RabbitMqServer = RabbitMqServer_1 = class RabbitMqServer extends microservices_1.Server {
    config;
    connection;
    registrations;
    registry;
    inbox;
    deadLetters;
    log = new common_1.Logger(RabbitMqServer_1.name);
    consumers = [];
    constructor(config, connection, registrations, registry, inbox, deadLetters) {
        super();
        this.config = config;
        this.connection = connection;
        this.registrations = registrations;
        this.registry = registry;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
    }
    listen(callback) {
        this.start().then(() => callback(), callback);
    }
    async close() {
        const consumers = this.consumers;
        this.consumers = [];
        await Promise.all(consumers.map((consumer) => consumer.stop()));
    }
    /** Listens to connection events (`connect`, `disconnect`, `blocked`, …) of the broker connection. */
    on(event, callback) {
        this.connection.connection().on(event, callback);
    }
    unwrap() {
        return this.connection.connection();
    }
    async start() {
        const deps = {
            connection: this.connection,
            settings: (0, rabbitmq_topology_1.topologySettings)(this.config),
            prefetch: this.config.rabbitmq.prefetch,
            policy: this.config.consumer,
            registry: this.registry,
            inbox: this.inbox,
            deadLetters: this.deadLetters,
        };
        const registrations = this.registrations.all();
        for (const [module, types] of (0, consumer_registration_1.bindingsByModule)(registrations)) {
            const hosted = registrations.filter((registration) => registration.module === module);
            const consumer = new module_consumer_1.ModuleConsumer(deps, module, types, hosted);
            this.consumers.push(consumer);
            await consumer.start();
            this.log.log(`consuming ${module}: ${types.join(', ')}`);
        }
    }
};
exports.RabbitMqServer = RabbitMqServer;
exports.RabbitMqServer = RabbitMqServer = RabbitMqServer_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object, rabbitmq_connection_1.RabbitMqConnection,
        consumer_registry_1.ConsumerRegistry,
        event_registry_1.EventRegistry,
        inbox_processor_1.InboxProcessor,
        dead_letter_repository_1.DeadLetterRepository])
], RabbitMqServer);
//# sourceMappingURL=rabbitmq.server.js.map