"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRACEPARENT = void 0;
exports.activeTraceParent = activeTraceParent;
exports.traceParentOfSpan = traceParentOfSpan;
exports.contextFromTraceParent = contextFromTraceParent;
exports.attachTraceParent = attachTraceParent;
exports.traceParentOf = traceParentOf;
exports.traceHeaders = traceHeaders;
const api_1 = require("@opentelemetry/api");
const tracing_1 = require("./tracing");
/** Name of the W3C trace context header, also used as the AMQP header carrying it. */
exports.TRACEPARENT = 'traceparent';
/**
 * The trace each envelope object belongs to while it travels through this process: set by the relay
 * (one publish span per event) or by a broker consumer (from the message header), read by the
 * transport and by the consumer's handling span. Keyed weakly, so the envelope's lifetime bounds it
 * and the wire envelope itself stays exactly as specified.
 */
const envelopeTraceParents = new WeakMap();
function traceParentOfContext(ctx) {
    const carrier = {};
    api_1.propagation.inject(ctx, carrier);
    return carrier[exports.TRACEPARENT] ?? null;
}
/** `traceparent` of the active span, stored with recorded events; null when tracing is off or no span is active. */
function activeTraceParent() {
    return (0, tracing_1.tracingEnabled)() ? traceParentOfContext(api_1.context.active()) : null;
}
function traceParentOfSpan(span) {
    return traceParentOfContext(api_1.trace.setSpan(api_1.ROOT_CONTEXT, span));
}
/** The remote parent a `traceparent` describes, or the root context when there is none (or it is malformed). */
function contextFromTraceParent(traceParent) {
    return traceParent ? api_1.propagation.extract(api_1.ROOT_CONTEXT, { [exports.TRACEPARENT]: traceParent }) : api_1.ROOT_CONTEXT;
}
function attachTraceParent(envelope, traceParent) {
    if (typeof traceParent === 'string' && traceParent !== '')
        envelopeTraceParents.set(envelope, traceParent);
}
function traceParentOf(envelope) {
    return envelopeTraceParents.get(envelope);
}
/** AMQP headers that carry an envelope's trace to the consuming process (none when it has no trace). */
function traceHeaders(envelope) {
    const traceParent = envelopeTraceParents.get(envelope);
    return traceParent ? { [exports.TRACEPARENT]: traceParent } : {};
}
