import { DynamicModule, Global, INestApplication, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TransportName } from './transports/transport-names';
import { ConsumerDeclaration } from './consumers/consumer-declarations';
import { CONSUMER_DECLARATIONS, ConsumerRegistry } from './consumers/consumer-registry';
import { DeadLetterRedrive } from './dead-letters/dead-letter-redrive';
import { DeadLetterRepository } from './dead-letters/dead-letter.repository';
import { DeliveryPipeline } from './delivery/delivery-pipeline';
import { DeliveryTelemetry } from './delivery/delivery-telemetry';
import { Inbox } from './delivery/inbox';
import { EventRegistry } from './envelope/event-registry';
import { IntegrationEventClass } from './integration-event';
import { MessagingLifecycle } from './messaging-lifecycle';
import { MessagingMetrics } from './messaging-metrics';
import { BestEffortPublisher } from './outbox/best-effort-publisher';
import { EventStoreRepository } from './outbox/event-store.repository';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxSignal } from './outbox/outbox-signal';
import { SettledPositions } from './outbox/settled-positions';
import { UnitOfWork } from './outbox/unit-of-work';
import { MessagingServer } from './transports/messaging.server';
import { TRANSPORT_ADAPTER } from './transports/transport-adapter';
import { TRANSPORTS } from './transports/transports';

export interface MessagingOptions {
  /** Every event type of every module's contracts, so consumed wire names map to classes. */
  events: readonly IntegrationEventClass[];
  /** Every module's consumers, hosted here or not; the process hosts those of `config.modules`. */
  consumers: readonly ConsumerDeclaration[];
  /** The transport to load (`EVENT_TRANSPORT`); only its providers are registered. */
  transport: TransportName;
}

/** The transport-neutral messaging kernel: outbox, relay, the delivery pipeline, dead letters, and the selected transport. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    const transport = TRANSPORTS[options.transport];
    return {
      module: MessagingModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EventRegistry, useValue: new EventRegistry(options.events) },
        { provide: CONSUMER_DECLARATIONS, useValue: options.consumers },
        ...transport.providers,
        transport.adapter,
        { provide: TRANSPORT_ADAPTER, useExisting: transport.adapter },
        SettledPositions,
        EventStoreRepository,
        OutboxSignal,
        UnitOfWork,
        ConsumerRegistry,
        Inbox,
        DeliveryTelemetry,
        DeliveryPipeline,
        DeadLetterRepository,
        DeadLetterRedrive,
        OutboxRelay,
        MessagingServer,
        MessagingLifecycle,
        MessagingMetrics,
        BestEffortPublisher,
      ],
      exports: [
        BestEffortPublisher,
        ConsumerRegistry,
        DeadLetterRedrive,
        DeadLetterRepository,
        EventRegistry,
        EventStoreRepository,
        OutboxRelay,
        OutboxSignal,
        SettledPositions,
        TRANSPORT_ADAPTER,
        UnitOfWork,
        CqrsModule,
      ],
    };
  }
}

/**
 * Attaches the consumers to `app` as its messaging microservice and starts everything: `init` runs
 * the lifecycle (transport prepared, relay started) before consumers listen, all before HTTP listens.
 */
export async function startMessaging(app: INestApplication): Promise<void> {
  app.connectMicroservice({ strategy: app.get(MessagingServer) }, { inheritAppConfig: true });
  await app.init();
  await app.startAllMicroservices();
}
