"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tracePublish = tracePublish;
exports.traceHandling = traceHandling;
exports.traceInternal = traceInternal;
exports.activeTraceId = activeTraceId;
const api_1 = require("@opentelemetry/api");
const trace_parent_1 = require("./trace-parent");
const tracing_1 = require("./tracing");
const failed = (span, error) => {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: api_1.SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
};
/**
 * Runs `publish` inside one producer span per event, each a child of the trace that recorded the event
 * (its stored `traceparent`); the span's own context is attached to the envelope for the transport to
 * carry. Spans end when the transport accepted (or rejected) the whole batch.
 */
async function tracePublish(events, transport, publish) {
    if (!(0, tracing_1.tracingEnabled)())
        return publish();
    const spans = events.map(({ envelope, traceParent }) => {
        const span = (0, tracing_1.tracer)().startSpan(`publish ${envelope.type}`, {
            kind: api_1.SpanKind.PRODUCER,
            attributes: {
                'messaging.system': transport,
                'messaging.operation.type': 'send',
                'messaging.destination.name': envelope.type,
                'messaging.message.id': envelope.eventId,
            },
        }, (0, trace_parent_1.contextFromTraceParent)(traceParent));
        (0, trace_parent_1.attachTraceParent)(envelope, (0, trace_parent_1.traceParentOfSpan)(span));
        return span;
    });
    try {
        await publish();
    }
    catch (error) {
        spans.forEach((span) => failed(span, error));
        throw error;
    }
    finally {
        spans.forEach((span) => span.end());
    }
}
/** Runs one consumer's handling of an event as the active span, a child of the event's publish span. */
function traceHandling(consumer, envelope, work) {
    if (!(0, tracing_1.tracingEnabled)())
        return work();
    const parent = (0, trace_parent_1.contextFromTraceParent)((0, trace_parent_1.traceParentOf)(envelope));
    const attributes = {
        'messaging.operation.type': 'process',
        'messaging.destination.name': envelope.type,
        'messaging.message.id': envelope.eventId,
        'messaging.consumer.group.name': consumer,
    };
    return (0, tracing_1.tracer)().startActiveSpan(`handle ${envelope.type}`, { kind: api_1.SpanKind.CONSUMER, attributes }, parent, async (span) => {
        try {
            const result = await work();
            span.setAttribute('ecomm.outcome', String(result));
            return result;
        }
        catch (error) {
            failed(span, error);
            throw error;
        }
        finally {
            span.end();
        }
    });
}
/** Runs `work` as the active internal span `name` (e.g. a command), recording a thrown error. */
function traceInternal(name, work) {
    if (!(0, tracing_1.tracingEnabled)())
        return work();
    return (0, tracing_1.tracer)().startActiveSpan(name, async (span) => {
        try {
            return await work();
        }
        catch (error) {
            failed(span, error);
            throw error;
        }
        finally {
            span.end();
        }
    });
}
/** Trace id of the active span, for log lines; undefined when tracing is off. */
function activeTraceId() {
    return (0, tracing_1.tracingEnabled)() ? api_1.trace.getActiveSpan()?.spanContext().traceId : undefined;
}
//# sourceMappingURL=messaging-spans.js.map