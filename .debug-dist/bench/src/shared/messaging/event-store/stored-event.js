"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toStoredEvent = toStoredEvent;
exports.moduleOfType = moduleOfType;
exports.toEnvelope = toEnvelope;
const iso = (value) => value instanceof Date ? value.toISOString() : new Date(value).toISOString();
function toStoredEvent(row) {
    return {
        position: String(row.position),
        eventId: row.event_id,
        type: row.type,
        module: row.module,
        streamId: row.stream_id,
        streamVersion: row.stream_version,
        occurredAt: iso(row.occurred_at),
        correlationId: row.correlation_id,
        causationId: row.causation_id,
        actor: row.actor,
        payload: row.payload,
        publishedAt: row.published_at === null ? null : iso(row.published_at),
    };
}
/** The module that owns an event type: the first segment of its wire name. */
function moduleOfType(type) {
    return type.slice(0, type.indexOf('.'));
}
/** Strips storage columns: what goes on the wire is exactly the envelope. */
function toEnvelope(event) {
    const { eventId, type, streamId, streamVersion, occurredAt, correlationId, causationId, actor, payload } = event;
    return { eventId, type, streamId, streamVersion, occurredAt, correlationId, causationId, actor, payload };
}
