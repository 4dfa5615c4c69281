import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { AppConfig } from '../../config/app-config';

/**
 * The exporter `OTEL_TRACES_EXPORTER` names; `undefined` for `none` (tracing stays off). Exporters
 * are loaded on demand, so that a process with tracing off never loads them.
 */
export async function createSpanExporter(config: AppConfig['tracing']): Promise<SpanExporter | undefined> {
  switch (config.exporter) {
    case 'otlp': {
      const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
      // OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base URL; traces go to its /v1/traces path.
      return new OTLPTraceExporter({ url: `${config.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` });
    }
    case 'console': {
      const { ConsoleSpanExporter } = await import('@opentelemetry/sdk-trace-base');
      return new ConsoleSpanExporter();
    }
    case 'none':
      return undefined;
  }
}
