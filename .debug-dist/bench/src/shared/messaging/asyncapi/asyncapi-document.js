"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.messageSchema = messageSchema;
exports.buildAsyncApiDocument = buildAsyncApiDocument;
const event_registry_1 = require("../event-registry");
const stored_event_1 = require("../event-store/stored-event");
const AMQP_BINDING_VERSION = '0.3.0';
const ref = (path) => ({ $ref: `#/${path}` });
/**
 * The message body is the envelope; its `payload` is the very schema object the event class
 * declares and the registry validates against, so the document cannot drift from runtime checks.
 */
function messageSchema(eventClass) {
    const properties = event_registry_1.ENVELOPE_SCHEMA.properties;
    return {
        ...event_registry_1.ENVELOPE_SCHEMA,
        properties: { ...properties, type: { type: 'string', const: eventClass.type }, payload: eventClass.payloadSchema },
    };
}
function channel(eventClass, exchange, supersededBy) {
    const delivery = eventClass.delivery === 'best-effort'
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
        bindings: {
            amqp: {
                is: 'routingKey',
                exchange: { name: exchange, type: 'topic', durable: true, autoDelete: false, vhost: '/' },
                bindingVersion: AMQP_BINDING_VERSION,
            },
        },
    };
}
function message(eventClass, supersededBy) {
    return {
        name: eventClass.type,
        title: eventClass.type,
        summary: eventClass.description || eventClass.type,
        contentType: 'application/json',
        payload: messageSchema(eventClass),
        'x-delivery': eventClass.delivery,
        ...(supersededBy ? { 'x-superseded-by': supersededBy } : {}),
    };
}
function operations(source, current) {
    const result = {};
    const messagesOf = (type) => [ref(`channels/${type}/messages/${type}`)];
    for (const eventClass of current) {
        const { type } = eventClass;
        const module = (0, stored_event_1.moduleOfType)(type);
        result[`${type}.send`] = {
            action: 'send',
            channel: ref(`channels/${type}`),
            messages: messagesOf(type),
            title: `${module} publishes ${type}`,
            'x-module': module,
            bindings: {
                amqp: { deliveryMode: eventClass.delivery === 'best-effort' ? 1 : 2, bindingVersion: AMQP_BINDING_VERSION },
            },
        };
        const consumersByModule = new Map();
        for (const consumer of source.consumers) {
            if (!consumer.types.includes(type))
                continue;
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
                bindings: { amqp: { ack: true, bindingVersion: AMQP_BINDING_VERSION } },
            };
        }
    }
    return result;
}
/**
 * The AsyncAPI 3 description of every integration event: one channel per wire type (the routing key
 * on the events exchange), who publishes it (the module in its name) and which modules consume it.
 */
function buildAsyncApiDocument(source) {
    const events = [...source.events].sort((a, b) => a.type.localeCompare(b.type));
    const supersededBy = (eventClass) => {
        const current = source.currentTypeOf(eventClass.type);
        return current === eventClass.type ? undefined : current;
    };
    return {
        asyncapi: '3.0.0',
        info: {
            title: 'E-commerce review platform events',
            version: source.version,
            description: 'Integration events between the catalog, reviews, rating, inventory and search modules. On RabbitMQ every ' +
                `event is published to the topic exchange \`${source.exchange}\` with its wire type as routing key; in a ` +
                'single process the same envelopes travel in memory. Each message is the JSON envelope below; `x-delivery` ' +
                'tells effectively-once events from best-effort telemetry.',
        },
        defaultContentType: 'application/json',
        servers: {
            rabbitmq: {
                host: '{host}',
                protocol: 'amqp',
                description: 'The broker of `RABBITMQ_URL` (amqps:// is supported too).',
                variables: { host: { default: 'localhost:5672' } },
            },
        },
        channels: Object.fromEntries(events.map((eventClass) => [eventClass.type, channel(eventClass, source.exchange, supersededBy(eventClass))])),
        operations: operations(source, events.filter((eventClass) => !supersededBy(eventClass))),
        components: {
            messages: Object.fromEntries(events.map((eventClass) => [eventClass.type, message(eventClass, supersededBy(eventClass))])),
        },
    };
}
