import { IntegrationEventClass, PublicShape } from '../../shared/messaging/integration-event';

type JsonSchema = Record<string, unknown>;

const AMQP_BINDING_VERSION = '0.3.0';
const ref = (path: string) => ({ $ref: `#/${path}` });

/** The part of a payload schema a public shape keeps: the same field schemas, only the fields named. */
export function publicPayloadSchema(schema: JsonSchema, shape: PublicShape): JsonSchema {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const kept = Object.entries(shape).filter(([field]) => field in properties);
  const required = ((schema.required ?? []) as string[]).filter((field) => field in shape && field in properties);
  return {
    type: 'object',
    // The shape is an allow-list: nothing else ever leaves.
    additionalProperties: false,
    properties: Object.fromEntries(
      kept.map(([field, rule]) => [
        field,
        rule === true ? properties[field] : publicPayloadSchema(properties[field], rule),
      ]),
    ),
    ...(required.length > 0 && { required }),
  };
}

/** The public message: identity, type, time, stream position and the public payload; nothing that names a person. */
export function publicMessageSchema(eventClass: IntegrationEventClass & { publicShape: PublicShape }): JsonSchema {
  const payloadSchema = JSON.parse(JSON.stringify(eventClass.payloadSchema)) as JsonSchema;
  return {
    type: 'object',
    required: ['eventId', 'type', 'occurredAt', 'streamId', 'streamVersion', 'payload'],
    additionalProperties: false,
    properties: {
      eventId: { type: 'string', format: 'uuid' },
      type: { type: 'string', const: eventClass.type },
      occurredAt: { type: 'string', format: 'date-time' },
      streamId: { type: 'string' },
      streamVersion: { type: 'integer', minimum: 1 },
      payload: publicPayloadSchema(payloadSchema, eventClass.publicShape),
    },
  };
}

const isPublic = (
  eventClass: IntegrationEventClass,
): eventClass is IntegrationEventClass & { publicShape: PublicShape } => eventClass.publicShape !== undefined;

/**
 * The public exchange as AsyncAPI channels, one per event whose contract declares a public shape: its
 * own message schema (the public form, not the internal envelope), published by the owning module.
 */
export function publicChannels(
  events: readonly IntegrationEventClass[],
  exchange: string,
  natsPrefix: string,
  owner: (type: string) => string,
) {
  const published = events.filter(isPublic);
  const id = (type: string) => `public.${type}`;
  return {
    channels: Object.fromEntries(
      published.map((eventClass) => [
        id(eventClass.type),
        {
          address: eventClass.type,
          title: `${eventClass.type} (public)`,
          description:
            `The public form of ${eventClass.type} for consumers outside the platform: only the fields its ` +
            'contract declares public, no actor, correlation or causation id, no headers. At least once; ' +
            'de-duplicate on `eventId`.',
          messages: { [id(eventClass.type)]: ref(`components/messages/${id(eventClass.type)}`) },
          'x-nats-subject': `${natsPrefix}.public.${eventClass.type}`,
          bindings: {
            amqp: {
              is: 'routingKey',
              exchange: { name: exchange, type: 'topic', durable: true, autoDelete: false, vhost: '/' },
              bindingVersion: AMQP_BINDING_VERSION,
            },
            nats: {},
          },
        },
      ]),
    ),
    operations: Object.fromEntries(
      published.map((eventClass) => [
        `${id(eventClass.type)}.send`,
        {
          action: 'send',
          channel: ref(`channels/${id(eventClass.type)}`),
          messages: [ref(`channels/${id(eventClass.type)}/messages/${id(eventClass.type)}`)],
          title: `${owner(eventClass.type)} publishes the public form of ${eventClass.type}`,
          'x-module': owner(eventClass.type),
          bindings: { amqp: { deliveryMode: 2, bindingVersion: AMQP_BINDING_VERSION } },
        },
      ]),
    ),
    messages: Object.fromEntries(
      published.map((eventClass) => [
        id(eventClass.type),
        {
          name: id(eventClass.type),
          title: `${eventClass.type} (public)`,
          summary: eventClass.description || eventClass.type,
          description:
            'AMQP properties: `message_id` = `eventId`, `type`, `user_id` = the publishing broker user, `timestamp`, ' +
            '`content_type` `application/json`; no headers.',
          contentType: 'application/json',
          payload: publicMessageSchema(eventClass),
          bindings: { amqp: { messageType: eventClass.type, bindingVersion: AMQP_BINDING_VERSION } },
        },
      ]),
    ),
  };
}
