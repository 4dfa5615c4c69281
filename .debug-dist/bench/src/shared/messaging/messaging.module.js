"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var MessagingModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.MessagingModule = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const cqrs_1 = require("@nestjs/cqrs");
const app_config_1 = require("../config/app-config");
const asyncapi_controller_1 = require("./asyncapi/asyncapi.controller");
const declared_consumers_1 = require("./asyncapi/declared-consumers");
const best_effort_publisher_1 = require("./best-effort-publisher");
const consumer_registry_1 = require("./consumer/consumer-registry");
const inbox_processor_1 = require("./consumer/inbox-processor");
const reliable_delivery_1 = require("./consumer/reliable-delivery");
const dead_letter_redelivery_1 = require("./dead-letter/dead-letter-redelivery");
const dead_letter_redrive_1 = require("./dead-letter/dead-letter-redrive");
const dead_letter_repository_1 = require("./dead-letter/dead-letter.repository");
const dead_letters_controller_1 = require("./dead-letter/http/dead-letters.controller");
const inprocess_redelivery_1 = require("./dead-letter/inprocess-redelivery");
const event_registry_1 = require("./event-registry");
const event_store_repository_1 = require("./event-store/event-store.repository");
const event_log_reader_1 = require("./http/event-log.reader");
const event_streams_1 = require("./http/event-streams");
const events_controller_1 = require("./http/events.controller");
const product_timeline_controller_1 = require("./http/product-timeline.controller");
const settled_positions_1 = require("./http/settled-positions");
const inprocess_transport_1 = require("./inprocess/inprocess.transport");
const messaging_lifecycle_1 = require("./messaging-lifecycle");
const messaging_metrics_1 = require("./messaging-metrics");
const outbox_relay_1 = require("./relay/outbox-relay");
const outbox_signal_1 = require("./relay/outbox-signal");
const rabbitmq_connection_1 = require("./rabbitmq/rabbitmq-connection");
const rabbitmq_redelivery_1 = require("./rabbitmq/rabbitmq-redelivery");
const rabbitmq_server_1 = require("./rabbitmq/rabbitmq.server");
const rabbitmq_transport_1 = require("./rabbitmq/rabbitmq.transport");
const event_transport_1 = require("./transport/event-transport");
const unit_of_work_1 = require("./unit-of-work");
/** The transport-neutral messaging core: outbox, relay, inbox, dead letters and the active transport. */
let MessagingModule = MessagingModule_1 = class MessagingModule {
    static forRoot(options) {
        return {
            module: MessagingModule_1,
            imports: [core_1.DiscoveryModule, cqrs_1.CqrsModule.forRoot()],
            // The event store's query API and the AsyncAPI document, in every process that has the database.
            controllers: [events_controller_1.EventsController, product_timeline_controller_1.ProductTimelineController, asyncapi_controller_1.AsyncApiController, dead_letters_controller_1.DeadLettersController],
            providers: [
                { provide: event_registry_1.EventRegistry, useValue: new event_registry_1.EventRegistry(options.events) },
                ...(options.consumers ? [{ provide: declared_consumers_1.DECLARED_CONSUMERS, useValue: options.consumers }] : []),
                settled_positions_1.SettledPositions,
                event_log_reader_1.EventLogReader,
                event_streams_1.EventStreams,
                event_store_repository_1.EventStoreRepository,
                outbox_signal_1.OutboxSignal,
                unit_of_work_1.UnitOfWork,
                consumer_registry_1.ConsumerRegistry,
                inbox_processor_1.InboxProcessor,
                reliable_delivery_1.ReliableDelivery,
                dead_letter_repository_1.DeadLetterRepository,
                inprocess_transport_1.InProcessTransport,
                rabbitmq_connection_1.RabbitMqConnection,
                rabbitmq_transport_1.RabbitMqTransport,
                rabbitmq_server_1.RabbitMqServer,
                {
                    provide: event_transport_1.EVENT_TRANSPORT,
                    inject: [app_config_1.APP_CONFIG, inprocess_transport_1.InProcessTransport, rabbitmq_transport_1.RabbitMqTransport],
                    useFactory: (config, inProcess, rabbitMq) => config.eventTransport === 'rabbitmq' ? rabbitMq : inProcess,
                },
                inprocess_redelivery_1.InProcessRedelivery,
                rabbitmq_redelivery_1.RabbitMqRedelivery,
                {
                    provide: dead_letter_redelivery_1.DEAD_LETTER_REDELIVERY,
                    inject: [app_config_1.APP_CONFIG, inprocess_redelivery_1.InProcessRedelivery, rabbitmq_redelivery_1.RabbitMqRedelivery],
                    useFactory: (config, inProcess, rabbitMq) => config.eventTransport === 'rabbitmq' ? rabbitMq : inProcess,
                },
                dead_letter_redrive_1.DeadLetterRedrive,
                outbox_relay_1.OutboxRelay,
                messaging_lifecycle_1.MessagingLifecycle,
                messaging_metrics_1.MessagingMetrics,
                best_effort_publisher_1.BestEffortPublisher,
            ],
            exports: [
                best_effort_publisher_1.BestEffortPublisher,
                event_registry_1.EventRegistry,
                event_store_repository_1.EventStoreRepository,
                unit_of_work_1.UnitOfWork,
                dead_letter_repository_1.DeadLetterRepository,
                outbox_relay_1.OutboxRelay,
                event_transport_1.EVENT_TRANSPORT,
                rabbitmq_server_1.RabbitMqServer,
                cqrs_1.CqrsModule,
            ],
        };
    }
};
exports.MessagingModule = MessagingModule;
exports.MessagingModule = MessagingModule = MessagingModule_1 = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({})
], MessagingModule);
