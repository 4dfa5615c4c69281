import { ENVELOPE_SCHEMA, moduleOfType } from '../../shared/messaging/envelope/event-registry';
import { IntegrationEventClass } from '../../shared/messaging/integration-event';
import { EVENT_HEADERS, EVENT_PROPERTIES } from './message-headers';
import { publicChannels } from './public-channels';

type JsonSchema = Record<string, unknown>;

/** One consumer and the wire types it declares. */
export interface ConsumerSummary {
  consumer: string;
  module: string;
  types: readonly string[];
}

/** An AsyncAPI 3.0 document, as plain JSON. */
export type AsyncApiDocument = { asyncapi: '3.0.0' } & Record<string, unknown>;

export interface AsyncApiSource {
  version: string;
  /** Topic exchange every event is published to, with its wire type as routing key. */
  exchange: string;
  /** Topic exchange the public form of public events is published to. */
  publicExchange: string;
  /** First token of every NATS subject (`NATS_PREFIX`): events go to `<prefix>.events.<partition>.<type>`. */
  natsPrefix: string;
  /** Every registered event class, superseded versions included. */
  events: readonly IntegrationEventClass[];
  /** The version a type's events are read as (`catalog.product-created.v1` → `.v2`). */
  currentTypeOf(type: string): string;
  consumers: readonly ConsumerSummary[];
}

const AMQP_BINDING_VERSION = '0.3.0';
const NATS_BINDING_VERSION = '0.1.0';
const ref = (path: string) => ({ $ref: `#/${path}` });

/**
 * The message body is the envelope; its `payload` is the very schema object the event class
 * declares and the registry validates against, so the document cannot drift from runtime checks.
 */
export function messageSchema(eventClass: IntegrationEventClass): JsonSchema {
  const properties = ENVELOPE_SCHEMA.properties as Record<string, JsonSchema>;
  return {
    ...ENVELOPE_SCHEMA,
    properties: {
      ...properties,
      type: { type: 'string', const: eventClass.type },
      payload: eventClass.payloadSchema as unknown as JsonSchema,
    },
  };
}

function channel(eventClass: IntegrationEventClass, source: AsyncApiSource, supersededBy: string | undefined) {
  const delivery =
    eventClass.delivery === 'best-effort'
      ? 'Best-effort telemetry: published straight to the broker, at most once, not stored.'
      : 'Effectively once: stored in the outbox with the state change, published at least once, de-duplicated by each consumer.';
  const superseded = supersededBy
    ? ` Superseded by ${supersededBy}: no longer published; events stored in this version are read as ${supersededBy}.`
    : '';
  return {
    address: eventClass.type,
    title: eventClass.type,
    description: `${eventClass.description} ${delivery}${superseded}`.trim(),
    messages: { [eventClass.type]: ref(`components/messages/${eventClass.type}`) },
    // The NATS channel binding has no fields; the subject, partition included, is the extension below.
    'x-nats-subject': `${source.natsPrefix}.events.{partition}.${eventClass.type}`,
    bindings: {
      amqp: {
        is: 'routingKey',
        exchange: { name: source.exchange, type: 'topic', durable: true, autoDelete: false, vhost: '/' },
        bindingVersion: AMQP_BINDING_VERSION,
      },
      nats: {},
    },
  };
}

function message(eventClass: IntegrationEventClass, supersededBy: string | undefined) {
  return {
    name: eventClass.type,
    title: eventClass.type,
    summary: eventClass.description || eventClass.type,
    description: EVENT_PROPERTIES,
    contentType: 'application/json',
    headers: EVENT_HEADERS,
    correlationId: { location: '$message.header#/correlationId' },
    payload: messageSchema(eventClass),
    bindings: { amqp: { messageType: eventClass.type, bindingVersion: AMQP_BINDING_VERSION } },
    'x-delivery': eventClass.delivery,
    ...(supersededBy ? { 'x-superseded-by': supersededBy } : {}),
  };
}

function operations(source: AsyncApiSource, current: readonly IntegrationEventClass[]) {
  const result: Record<string, unknown> = {};
  const messagesOf = (type: string) => [ref(`channels/${type}/messages/${type}`)];
  for (const eventClass of current) {
    const { type } = eventClass;
    const module = moduleOfType(type);
    result[`${type}.send`] = {
      action: 'send',
      channel: ref(`channels/${type}`),
      messages: messagesOf(type),
      title: `${module} publishes ${type}`,
      'x-module': module,
      bindings: {
        amqp: { deliveryMode: eventClass.delivery === 'best-effort' ? 1 : 2, bindingVersion: AMQP_BINDING_VERSION },
        nats: { bindingVersion: NATS_BINDING_VERSION },
      },
    };
    const consumersByModule = new Map<string, string[]>();
    for (const consumer of source.consumers) {
      if (!consumer.types.includes(type)) continue;
      consumersByModule.set(consumer.module, [...(consumersByModule.get(consumer.module) ?? []), consumer.consumer]);
    }
    for (const [consumingModule, consumers] of [...consumersByModule].sort(([a], [b]) => a.localeCompare(b))) {
      result[`${type}.receive.${consumingModule}`] = {
        action: 'receive',
        channel: ref(`channels/${type}`),
        messages: messagesOf(type),
        title: `${consumingModule} consumes ${type}`,
        'x-module': consumingModule,
        'x-consumers': consumers.sort(),
        bindings: {
          amqp: { ack: true, bindingVersion: AMQP_BINDING_VERSION },
          nats: { bindingVersion: NATS_BINDING_VERSION },
        },
      };
    }
  }
  return result;
}

/**
 * The AsyncAPI 3 description of every integration event: one channel per wire type (the routing key
 * on the events exchange), who publishes it (the module in its name) and which modules consume it.
 */
export function buildAsyncApiDocument(source: AsyncApiSource): AsyncApiDocument {
  const events = [...source.events].sort((a, b) => a.type.localeCompare(b.type));
  const supersededBy = (eventClass: IntegrationEventClass) => {
    const current = source.currentTypeOf(eventClass.type);
    return current === eventClass.type ? undefined : current;
  };
  const modules = [...new Set(events.map((eventClass) => moduleOfType(eventClass.type)))];
  const current = events.filter((eventClass) => !supersededBy(eventClass));
  const published = publicChannels(current, source.publicExchange, source.natsPrefix, moduleOfType);
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'E-commerce review platform events',
      version: source.version,
      description:
        `Integration events between the ${modules.join(', ')} modules (and those that only consume them). On RabbitMQ every ` +
        `event is published to the topic exchange \`${source.exchange}\` with its wire type as routing key. On NATS ` +
        `JetStream it is published to \`${source.natsPrefix}.events.{partition}.<type>\` (\`x-nats-subject\`; the ` +
        'partition is a hash of the stream id, so a stream keeps its order) in the stream ' +
        `\`${source.natsPrefix}-events\`, with \`Nats-Msg-Id\` = event id; public copies go to ` +
        `\`${source.natsPrefix}.public.<type>\`. In a single process the same envelopes travel in memory. Each ` +
        'message is the JSON envelope below; `x-delivery` tells effectively-once events from best-effort telemetry.',
    },
    defaultContentType: 'application/json',
    servers: {
      rabbitmq: {
        host: '{host}',
        protocol: 'amqp',
        description: 'The broker of `RABBITMQ_URL` (amqps:// is supported too).',
        variables: { host: { default: 'localhost:5672' } },
      },
      nats: {
        host: '{host}',
        protocol: 'nats',
        description: 'A server of `NATS_URL` (a comma list for a cluster), with JetStream enabled.',
        variables: { host: { default: 'localhost:4222' } },
      },
    },
    channels: {
      ...Object.fromEntries(
        events.map((eventClass) => [eventClass.type, channel(eventClass, source, supersededBy(eventClass))]),
      ),
      ...published.channels,
    },
    operations: {
      ...operations(
        source,
        events.filter((eventClass) => !supersededBy(eventClass)),
      ),
      ...published.operations,
    },
    components: {
      messages: {
        ...Object.fromEntries(
          events.map((eventClass) => [eventClass.type, message(eventClass, supersededBy(eventClass))]),
        ),
        ...published.messages,
      },
    },
  };
}
