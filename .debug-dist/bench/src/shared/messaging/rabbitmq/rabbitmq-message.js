"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ERROR_HEADER = exports.ATTEMPT_HEADER = exports.STREAM_HEADER = void 0;
exports.encodeEnvelope = encodeEnvelope;
exports.publishOptions = publishOptions;
exports.publicPublishOptions = publicPublishOptions;
exports.copyOptions = copyOptions;
exports.attemptOf = attemptOf;
const trace_parent_1 = require("../../observability/tracing/trace-parent");
/** Header the consistent-hash exchanges hash on: all events of a stream land in one shard queue. */
exports.STREAM_HEADER = 'x-stream-id';
/** 1-based delivery attempt of a message that came back from a retry queue. */
exports.ATTEMPT_HEADER = 'x-attempt';
exports.ERROR_HEADER = 'x-error';
function encodeEnvelope(envelope) {
    return Buffer.from(JSON.stringify(envelope), 'utf8');
}
/** AMQP properties of an event: persistent, identified by its event id, routed and hashed by type and stream. */
function publishOptions(envelope, headers = {}) {
    return {
        persistent: true,
        mandatory: true,
        messageId: envelope.eventId,
        type: envelope.type,
        contentType: 'application/json',
        correlationId: envelope.correlationId,
        timestamp: Math.floor(Date.parse(envelope.occurredAt) / 1000) || undefined,
        headers: {
            correlationId: envelope.correlationId,
            ...(envelope.causationId ? { causationId: envelope.causationId } : {}),
            [exports.STREAM_HEADER]: envelope.streamId,
            // W3C trace context, so the consumer's span continues the publisher's trace across processes.
            ...(0, trace_parent_1.traceHeaders)(envelope),
            ...headers,
        },
    };
}
/**
 * AMQP properties of a public event: persistent, identified by its event id (outside consumers
 * dedupe on it), and deliberately without headers, so no correlation id or trace context leaves.
 * Not mandatory: an exchange nobody outside has bound to yet simply drops it.
 */
function publicPublishOptions(event) {
    return {
        persistent: true,
        mandatory: false,
        messageId: event.eventId,
        type: event.type,
        contentType: 'application/json',
        timestamp: Math.floor(Date.parse(event.occurredAt) / 1000) || undefined,
    };
}
/**
 * Options to re-send a message that may not parse (a poison message going to the DLQ): its own
 * properties, minus the broker's dead-lettering history, plus `headers`.
 */
function copyOptions(message, headers) {
    const original = Object.entries(message.properties.headers ?? {}).filter(([name]) => !/^x-(first-|last-)?death/.test(name));
    const { contentType, contentEncoding, correlationId, messageId, timestamp, type, appId } = message.properties;
    return {
        persistent: true,
        contentType,
        contentEncoding,
        correlationId,
        messageId,
        timestamp,
        type,
        appId,
        headers: { ...Object.fromEntries(original), ...headers },
    };
}
function attemptOf(message) {
    const attempt = Number(message.properties.headers?.[exports.ATTEMPT_HEADER]);
    return Number.isInteger(attempt) && attempt > 0 ? attempt : 1;
}
