"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startTracing = startTracing;
exports.tracingEnabled = tracingEnabled;
exports.tracer = tracer;
exports.flushTracing = flushTracing;
const api_1 = require("@opentelemetry/api");
const resources_1 = require("@opentelemetry/resources");
const sdk_trace_base_1 = require("@opentelemetry/sdk-trace-base");
const sdk_trace_node_1 = require("@opentelemetry/sdk-trace-node");
const semantic_conventions_1 = require("@opentelemetry/semantic-conventions");
// OpenTelemetry's API (context manager, propagator, tracer provider) is process-global by design.
let active;
/**
 * Registers the process's tracer provider, exporting through a `BatchSpanProcessor`, with the
 * AsyncLocalStorage context manager and the W3C `traceparent` propagator. A second call while one
 * is active (two applications in one test process) reuses it and owns nothing.
 */
function startTracing(serviceName, exporter) {
    if (active)
        return { shutdown: async () => undefined };
    const provider = new sdk_trace_node_1.NodeTracerProvider({
        resource: (0, resources_1.resourceFromAttributes)({ [semantic_conventions_1.ATTR_SERVICE_NAME]: serviceName }),
        spanProcessors: [new sdk_trace_base_1.BatchSpanProcessor(exporter)],
    });
    provider.register();
    const started = { provider, tracer: provider.getTracer('ecomm') };
    active = started;
    return {
        async shutdown() {
            if (active !== started)
                return;
            active = undefined;
            await provider.shutdown();
            api_1.trace.disable();
            api_1.context.disable();
            api_1.propagation.disable();
        },
    };
}
/** False unless tracing was started: every instrumentation point then returns before doing any work. */
function tracingEnabled() {
    return active !== undefined;
}
/** The tracer of the active provider; call only when `tracingEnabled()`. */
function tracer() {
    if (!active)
        throw new Error('tracing is not started');
    return active.tracer;
}
/** Exports every span ended so far (tests, and before a process exits). */
async function flushTracing() {
    await active?.provider.forceFlush();
}
