import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { CommandTracing } from './command-tracing';
import { HttpTracingHook } from './http-tracing.hook';
import { createSpanExporter } from './span-exporter.factory';
import { TracingHandle, startTracing } from './tracing';

const TRACING_HANDLE = Symbol('TRACING_HANDLE');

/**
 * OpenTelemetry tracing as `OTEL_TRACES_EXPORTER` configures it: spans for HTTP requests and commands
 * here, for outbox publishing and event handling in the messaging core. With `none` nothing is
 * registered and every instrumentation point returns at once.
 */
@Module({})
export class TracingModule implements OnApplicationShutdown {
  constructor(@Inject(TRACING_HANDLE) private readonly handle: TracingHandle | null) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: TracingModule,
      providers: [
        {
          provide: TRACING_HANDLE,
          useFactory: async () => {
            const exporter = await createSpanExporter(config.tracing);
            return exporter ? startTracing(config.tracing.serviceName, exporter) : null;
          },
        },
        HttpTracingHook,
        CommandTracing,
      ],
    };
  }

  /** Exports the spans still buffered, after the relay's final flush has produced its own. */
  async onApplicationShutdown(): Promise<void> {
    await this.handle?.shutdown();
  }
}
