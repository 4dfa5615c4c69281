import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './shared/auth/auth.module';
import { AppConfig } from './shared/config/app-config';
import { ConfigModule } from './shared/config/config.module';
import { DatabaseModule } from './shared/database/database.module';
import { OpenDatabase } from './shared/database/open-database';
import { MessagingModule } from './shared/messaging/messaging.module';
import { ModuleDefinition } from './shared/modularity/module-definition';
import { HealthModule } from './shared/observability/health.module';
import { LoggingModule } from './shared/observability/logging.module';
import { MetricsModule } from './shared/observability/metrics.module';
import { TracingModule } from './shared/observability/tracing/tracing.module';
import { OperationsModule } from './operations/operations.module';
import { ALL_CONSUMERS, ALL_EVENTS, MODULES } from './module-registry';

export interface AppModuleOptions {
  config: AppConfig;
  database: OpenDatabase;
  jwt: AppConfig['jwt'];
  modules: readonly ModuleDefinition[];
}

/** The composition root: shared infrastructure plus the modules this process hosts. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggingModule.forRoot(options.config),
        MetricsModule.forRoot({ ...options.config.metrics, host: options.config.host }),
        TracingModule.forRoot(options.config),
        DatabaseModule.forRoot(options.database.dataSource, options.database.connection),
        MessagingModule.forRoot({
          events: ALL_EVENTS,
          consumers: ALL_CONSUMERS,
          transport: options.config.eventTransport,
        }),
        AuthModule.forRoot(options.jwt),
        HealthModule,
        OperationsModule.forRoot({
          timelines: MODULES.flatMap((definition) => definition.timelines ?? []),
          // Every process folds every part over the events it stores, so the gateway can merge them.
          stateParts: MODULES.flatMap((definition) => definition.stateParts ?? []),
          measures: MODULES.flatMap((definition) => definition.measures ?? []),
        }),
        ...options.modules.map((definition) => definition.nestModule),
      ],
    };
  }
}
