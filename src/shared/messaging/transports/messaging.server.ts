import { Inject, Injectable } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { ConsumerRegistry } from '../consumers/consumer-registry';
import { DeliveryPipeline } from '../delivery/delivery-pipeline';
import { TRANSPORT_ADAPTER, TransportAdapter } from './transport-adapter';

/**
 * The consuming side of every transport as a Nest microservice (attached to the HTTP app with
 * `connectMicroservice`, so each deployable is an ordinary Nest hybrid app): listening subscribes the
 * hosted modules' consumers on the active transport and feeds every message to the delivery pipeline.
 * Handlers are the `@OnIntegrationEvent` providers, not `@EventPattern` routes.
 */
@Injectable()
export class MessagingServer extends Server implements CustomTransportStrategy {
  constructor(
    @Inject(TRANSPORT_ADAPTER) private readonly adapter: TransportAdapter,
    private readonly consumers: ConsumerRegistry,
    private readonly pipeline: DeliveryPipeline,
  ) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.adapter
      .listen(this.consumers.subscriptions(), (module, message) => this.pipeline.receive(module, message))
      .then(() => callback(), callback);
  }

  /** Stops taking messages, then lets those in hand be settled. */
  async close(): Promise<void> {
    await this.adapter.close();
    await this.pipeline.idle();
  }

  /** Transports report their own connection events in their logs; there is nothing to subscribe to here. */
  on(): void {}

  unwrap<T>(): T {
    return this.adapter as T;
  }
}
