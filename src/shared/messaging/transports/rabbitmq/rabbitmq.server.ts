import { Inject, Injectable, Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { AmqpConnectionManager } from 'amqp-connection-manager';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { bindingsByModule } from '../../consumers/consumer-registration';
import { ConsumerRegistry } from '../../consumers/consumer-registry';
import { InboxProcessor } from '../../delivery/inbox';
import { DeadLetterRepository } from '../../dead-letters/dead-letter.repository';
import { EventRegistry } from '../../envelope/event-registry';
import { ModuleConsumer } from './module-consumer';
import { RabbitMqConnection } from './rabbitmq-connection';
import { topologySettings } from './rabbitmq-topology';

/**
 * Hosts this process's integration-event consumers as a Nest microservice (attached to the HTTP app
 * with `connectMicroservice`): one {@link ModuleConsumer} per hosted module that has handlers, its
 * queues bound to exactly the event types those handlers declare. Handlers are the
 * `@OnIntegrationEvent` providers found by the ConsumerRegistry, not `@EventPattern` routes.
 */
@Injectable()
export class RabbitMqServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(RabbitMqServer.name);
  private consumers: ModuleConsumer[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: RabbitMqConnection,
    private readonly registrations: ConsumerRegistry,
    private readonly registry: EventRegistry,
    private readonly inbox: InboxProcessor,
    private readonly deadLetters: DeadLetterRepository,
  ) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    const consumers = this.consumers;
    this.consumers = [];
    await Promise.all(consumers.map((consumer) => consumer.stop()));
  }

  /** Listens to connection events (`connect`, `disconnect`, `blocked`, …) of the broker connection. */
  on<EventKey extends string = string, EventCallback extends Function = Function>(
    event: EventKey,
    callback: EventCallback,
  ): void {
    this.connection.connection().on(event, callback as unknown as (...args: unknown[]) => void);
  }

  unwrap<T = AmqpConnectionManager>(): T {
    return this.connection.connection() as T;
  }

  private async start(): Promise<void> {
    const deps = {
      connection: this.connection,
      settings: topologySettings(this.config),
      prefetch: this.config.rabbitmq.prefetch,
      policy: this.config.consumer,
      registry: this.registry,
      inbox: this.inbox,
      deadLetters: this.deadLetters,
    };
    const registrations = this.registrations.all();
    for (const [module, types] of bindingsByModule(registrations)) {
      const hosted = registrations.filter((registration) => registration.module === module);
      const consumer = new ModuleConsumer(deps, module, types, hosted);
      this.consumers.push(consumer);
      await consumer.start();
      this.log.log(`consuming ${module}: ${types.join(', ')}`);
    }
  }
}
