import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DECLARED_CONSUMERS, DeclaredConsumer } from './consumers/declared-consumers';
import { BestEffortPublisher } from './outbox/best-effort-publisher';
import { ConsumerRegistry } from './consumers/consumer-registry';
import { InboxProcessor, PROJECTION_OF_CONSUMER } from './delivery/inbox';
import { ReliableDelivery } from './consumer/reliable-delivery';
import { DEAD_LETTER_REDELIVERY } from './dead-letter/dead-letter-redelivery';
import { DeadLetterRedrive } from './dead-letters/dead-letter-redrive';
import { DeadLetterRepository } from './dead-letters/dead-letter.repository';
import { InProcessRedelivery } from './dead-letter/inprocess-redelivery';
import { EventRegistry } from './envelope/event-registry';
import { EventStoreRepository } from './outbox/event-store.repository';
import { SettledPositions } from './outbox/settled-positions';
import { InProcessTransport } from './transports/inprocess/inprocess.transport';
import { IntegrationEventClass } from './integration-event';
import { MessagingLifecycle } from './messaging-lifecycle';
import { MessagingMetrics } from './messaging-metrics';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxSignal } from './outbox/outbox-signal';
import { RabbitMqConnection } from './transports/rabbitmq/rabbitmq-connection';
import { RabbitMqRedelivery } from './transports/rabbitmq/rabbitmq-redelivery';
import { RabbitMqServer } from './transports/rabbitmq/rabbitmq.server';
import { RabbitMqTransport } from './transports/rabbitmq/rabbitmq.transport';
import { EVENT_TRANSPORT } from './transports/transport-adapter';
import { UnitOfWork } from './outbox/unit-of-work';

export interface MessagingOptions {
  /** Every event type of every module's contracts, so consumed wire names map to classes. */
  events: readonly IntegrationEventClass[];
  /** Every consumer of every module, hosted here or not, for the AsyncAPI document (default: the hosted ones). */
  consumers?: readonly DeclaredConsumer[];
  /** The projection each projection-maintaining consumer writes (`consumer → projection`), for the rebuild swap lock. */
  projections?: ReadonlyMap<string, string>;
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
        ...(options.consumers ? [{ provide: DECLARED_CONSUMERS, useValue: options.consumers }] : []),
        { provide: PROJECTION_OF_CONSUMER, useValue: options.projections ?? new Map() },
        SettledPositions,
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
        InProcessRedelivery,
        RabbitMqRedelivery,
        {
          provide: DEAD_LETTER_REDELIVERY,
          inject: [APP_CONFIG, InProcessRedelivery, RabbitMqRedelivery],
          useFactory: (config: AppConfig, inProcess: InProcessRedelivery, rabbitMq: RabbitMqRedelivery) =>
            config.eventTransport === 'rabbitmq' ? rabbitMq : inProcess,
        },
        DeadLetterRedrive,
        OutboxRelay,
        MessagingLifecycle,
        MessagingMetrics,
        BestEffortPublisher,
      ],
      exports: [
        BestEffortPublisher,
        ConsumerRegistry,
        DeadLetterRedrive,
        OutboxSignal,
        SettledPositions,
        EventRegistry,
        EventStoreRepository,
        UnitOfWork,
        DeadLetterRepository,
        OutboxRelay,
        EVENT_TRANSPORT,
        RabbitMqServer,
        ...(options.consumers ? [DECLARED_CONSUMERS] : []),
        CqrsModule,
      ],
    };
  }
}
