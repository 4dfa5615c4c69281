"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createSpanExporter = createSpanExporter;
const exporter_trace_otlp_http_1 = require("@opentelemetry/exporter-trace-otlp-http");
const sdk_trace_base_1 = require("@opentelemetry/sdk-trace-base");
/** The exporter `OTEL_TRACES_EXPORTER` names; `undefined` for `none` (tracing stays off). */
function createSpanExporter(config) {
    switch (config.exporter) {
        case 'otlp':
            // OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base URL; traces go to its /v1/traces path.
            return new exporter_trace_otlp_http_1.OTLPTraceExporter({ url: `${config.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` });
        case 'console':
            return new sdk_trace_base_1.ConsoleSpanExporter();
        case 'none':
            return undefined;
    }
}
