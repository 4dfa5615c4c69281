import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsumerRegistry } from './consumers/consumer-registry';
import { EventRegistry } from './envelope/event-registry';
import { OutboxRelay } from './outbox/outbox-relay';
import { ensureSubjectIndexes } from './outbox/subject-indexes';
import { TRANSPORT_ADAPTER, TransportAdapter } from './transports/transport-adapter';

/**
 * Prepares the transport for the hosted consumers before the relay starts (so nothing is published to
 * a consumer that cannot receive it yet), and stops in reverse. Consumers start listening through the
 * `MessagingServer` microservice.
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly consumers: ConsumerRegistry,
    @Inject(TRANSPORT_ADAPTER) private readonly transport: TransportAdapter,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly registry: EventRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureSubjectIndexes(this.dataSource, this.registry);
    await this.transport.start(this.consumers.subscriptions());
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.transport.stop();
  }
}
