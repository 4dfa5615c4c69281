import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../shared/config/app-config';
import { LoggingModule } from '../shared/observability/logging.module';
import { GatewayHealthController } from './health/gateway-health.controller';
import { RegistryTiming, UpstreamRegistry } from './routing/upstream-registry';

/** The gateway deployable: no database, no module, only its probes and the upstream registry. */
@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig, timing?: RegistryTiming): DynamicModule {
    return {
      module: GatewayModule,
      imports: [LoggingModule.forRoot(config)],
      controllers: [GatewayHealthController],
      providers: [{ provide: UpstreamRegistry, useFactory: () => new UpstreamRegistry(config.upstreams, timing) }],
    };
  }
}
