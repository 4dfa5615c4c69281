import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { BestEffortPublisher } from './best-effort-publisher';
import { ConsumerRegistry } from './consumer/consumer-registry';
import { InboxProcessor } from './consumer/inbox-processor';
import { ReliableDelivery } from './consumer/reliable-delivery';
import { DeadLetterRepository } from './dead-letter/dead-letter.repository';
import { EventRegistry } from './event-registry';
import { EventStoreRepository } from './event-store/event-store.repository';
import { InProcessTransport } from './inprocess/inprocess.transport';
import { IntegrationEventClass } from './integration-event';
import { MessagingLifecycle } from './messaging-lifecycle';
import { OutboxRelay } from './relay/outbox-relay';
import { OutboxSignal } from './relay/outbox-signal';
import { RabbitMqConnection } from './rabbitmq/rabbitmq-connection';
import { RabbitMqServer } from './rabbitmq/rabbitmq.server';
import { RabbitMqTransport } from './rabbitmq/rabbitmq.transport';
import { EVENT_TRANSPORT } from './transport/event-transport';
import { UnitOfWork } from './unit-of-work';

export interface MessagingOptions {
  /** Every event type of every module's contracts, so consumed wire names map to classes. */
  events: readonly IntegrationEventClass[];
}

/** The transport-neutral messaging core: outbox, relay, inbox, dead letters and the active transport. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule, CqrsModule.forRoot()],
      providers: [
        { provide: EventRegistry, useValue: new EventRegistry(options.events) },
        EventStoreRepository,
        OutboxSignal,
        UnitOfWork,
        ConsumerRegistry,
        InboxProcessor,
        ReliableDelivery,
        DeadLetterRepository,
        InProcessTransport,
        RabbitMqConnection,
        RabbitMqTransport,
        RabbitMqServer,
        {
          provide: EVENT_TRANSPORT,
          inject: [APP_CONFIG, InProcessTransport, RabbitMqTransport],
          useFactory: (config: AppConfig, inProcess: InProcessTransport, rabbitMq: RabbitMqTransport) =>
            config.eventTransport === 'rabbitmq' ? rabbitMq : inProcess,
        },
        OutboxRelay,
        MessagingLifecycle,
        BestEffortPublisher,
      ],
      exports: [
        BestEffortPublisher,
        EventRegistry,
        EventStoreRepository,
        UnitOfWork,
        DeadLetterRepository,
        OutboxRelay,
        EVENT_TRANSPORT,
        RabbitMqServer,
        CqrsModule,
      ],
    };
  }
}
