import { DynamicModule, Global, Module } from '@nestjs/common';
import { HttpMetricsHook } from './http-metrics.hook';
import { METRICS_OPTIONS, MetricsOptions } from './metrics-access';
import { MetricsController } from './metrics.controller';
import { MetricsListener } from './metrics.listener';
import { MetricsService } from './metrics.service';

/**
 * Prometheus metrics: `MetricsService` for any module, HTTP request timing, and the scrape endpoint:
 * `GET /metrics` on the API's port, or on `options.port` alone; behind `options.token` when set.
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(options: MetricsOptions): DynamicModule {
    const onOwnPort = options.port !== undefined;
    return {
      module: MetricsModule,
      controllers: onOwnPort ? [] : [MetricsController],
      providers: [
        MetricsService,
        HttpMetricsHook,
        { provide: METRICS_OPTIONS, useValue: options },
        ...(onOwnPort ? [MetricsListener] : []),
      ],
      exports: [MetricsService],
    };
  }
}
