import { Provider, Type } from '@nestjs/common';
import { InProcessAdapter } from './inprocess/inprocess.adapter';
import { NatsAdapter } from './nats/nats.adapter';
import { NatsConnection } from './nats/nats-connection';
import { RabbitMqAdapter } from './rabbitmq/rabbitmq.adapter';
import { RabbitMqConnection } from './rabbitmq/rabbitmq-connection';
import { TransportAdapter } from './transport-adapter';
import { TransportName } from './transport-names';

/** What the messaging module loads for the selected transport: its adapter and the providers it needs. */
export interface TransportDefinition {
  adapter: Type<TransportAdapter>;
  providers: Provider[];
}

/** Every transport, by the name `EVENT_TRANSPORT` selects it with; only the selected one's providers are loaded. */
export const TRANSPORTS: Record<TransportName, TransportDefinition> = {
  inprocess: { adapter: InProcessAdapter, providers: [] },
  rabbitmq: { adapter: RabbitMqAdapter, providers: [RabbitMqConnection] },
  nats: { adapter: NatsAdapter, providers: [NatsConnection] },
};
