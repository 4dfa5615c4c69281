import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConsumerRegistry } from './consumers/consumer-registry';
import { OutboxRelay } from './outbox/outbox-relay';
import { EVENT_TRANSPORT, EventTransport } from './transports/transport-adapter';

/** Starts consumers before the relay (so nothing is published to a consumer not yet listening) and stops in reverse. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly consumers: ConsumerRegistry,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumers.discover();
    await this.transport.start();
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.transport.stop();
  }
}
