import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../shared/config/app-config';
import { LoggingModule } from '../shared/observability/logging.module';
import { MetricsModule } from '../shared/observability/metrics.module';
import { GatewayHealthController } from './health/gateway-health.controller';
import { AnalyticsAcrossServicesController } from './operations/analytics-across-services.controller';
import { AsyncApiAcrossServicesController } from './operations/asyncapi-across-services.controller';
import { DeadLettersAcrossServicesController } from './operations/dead-letters-across-services.controller';
import { EventLogAcrossServicesController } from './operations/event-log-across-services.controller';
import {
  EventStreamAcrossServicesController,
  OpenEventStreams,
} from './operations/event-stream-across-services.controller';
import { ServiceMetricsController } from './operations/service-metrics.controller';
import { StateAcrossServicesController } from './operations/state-across-services.controller';
import { UpstreamCalls } from './operations/upstream-calls';
import { RegistryTiming, UpstreamRegistry } from './routing/upstream-registry';

/**
 * The gateway deployable: no database, no module; its probes and metrics, the upstream registry,
 * and the endpoints it answers across services (event log and stream, timeline, a product's state
 * at a point in time, dead letters, AsyncAPI, the services' flow gauges). Everything else under
 * `/api/v1` is proxied.
 */
@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig, timing?: RegistryTiming): DynamicModule {
    return {
      module: GatewayModule,
      imports: [LoggingModule.forRoot(config), MetricsModule.forRoot({ ...config.metrics, host: config.host })],
      controllers: [
        GatewayHealthController,
        EventLogAcrossServicesController,
        StateAcrossServicesController,
        AnalyticsAcrossServicesController,
        EventStreamAcrossServicesController,
        DeadLettersAcrossServicesController,
        AsyncApiAcrossServicesController,
        ServiceMetricsController,
      ],
      providers: [
        { provide: UpstreamRegistry, useFactory: () => new UpstreamRegistry(config.upstreams, timing) },
        UpstreamCalls,
        OpenEventStreams,
      ],
    };
  }
}
