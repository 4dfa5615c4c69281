import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ConsoleSpanExporter, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { AppConfig } from '../../config/app-config';

/** The exporter `OTEL_TRACES_EXPORTER` names; `undefined` for `none` (tracing stays off). */
export function createSpanExporter(config: AppConfig['tracing']): SpanExporter | undefined {
  switch (config.exporter) {
    case 'otlp':
      // OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base URL; traces go to its /v1/traces path.
      return new OTLPTraceExporter({ url: `${config.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` });
    case 'console':
      return new ConsoleSpanExporter();
    case 'none':
      return undefined;
  }
}
