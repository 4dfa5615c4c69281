import { context, propagation, trace, Tracer } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

interface ActiveTracing {
  provider: NodeTracerProvider;
  tracer: Tracer;
}

// OpenTelemetry's API (context manager, propagator, tracer provider) is process-global by design.
let active: ActiveTracing | undefined;

/** Ends tracing started by this handle: flushes pending spans and unregisters the globals. */
export interface TracingHandle {
  shutdown(): Promise<void>;
}

/**
 * Registers the process's tracer provider, exporting through a `BatchSpanProcessor`, with the
 * AsyncLocalStorage context manager and the W3C `traceparent` propagator. A second call while one
 * is active (two applications in one test process) reuses it and owns nothing. The SDK is loaded
 * here, not at import: with tracing off (the default) a process never pays for loading it.
 */
export async function startTracing(serviceName: string, exporter: SpanExporter): Promise<TracingHandle> {
  const [{ resourceFromAttributes }, { BatchSpanProcessor }, { NodeTracerProvider }, { ATTR_SERVICE_NAME }] =
    await Promise.all([
      import('@opentelemetry/resources'),
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/semantic-conventions'),
    ]);
  if (active) return { shutdown: async () => undefined };
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  provider.register();
  const started = { provider, tracer: provider.getTracer('ecomm') };
  active = started;
  return {
    async shutdown() {
      if (active !== started) return;
      active = undefined;
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** False unless tracing was started: every instrumentation point then returns before doing any work. */
export function tracingEnabled(): boolean {
  return active !== undefined;
}

/** The tracer of the active provider; call only when `tracingEnabled()`. */
export function tracer(): Tracer {
  if (!active) throw new Error('tracing is not started');
  return active.tracer;
}

/** Exports every span ended so far (tests, and before a process exits). */
export async function flushTracing(): Promise<void> {
  await active?.provider.forceFlush();
}
