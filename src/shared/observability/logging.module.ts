import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { Logger, LoggerModule } from 'nestjs-pino';
import { DestinationStream, pino } from 'pino';
import { AppConfig } from '../config/app-config';
import { createPinoOptions } from './pino.options';
import { RequestLogHook, ROOT_LOGGER } from './request-log.hook';

/**
 * JSON logs through one pino logger: nestjs-pino for application logs (with the request bound
 * inside HTTP handlers), `RequestLogHook` for the per-request line. `useAppLogger` makes Nest's
 * own logs go there too.
 */
@Module({})
export class LoggingModule {
  /** `destination` defaults to stdout. */
  static forRoot(config: AppConfig, destination?: DestinationStream): DynamicModule {
    const options = createPinoOptions(config);
    const logger = destination ? pino(options, destination) : pino(options);
    return {
      module: LoggingModule,
      // pino-http's own request line is off: `RequestLogHook` writes it, for every request. Its
      // serializers are given again because pino-http otherwise binds the whole request (headers too).
      imports: [LoggerModule.forRoot({ pinoHttp: { logger, autoLogging: false, serializers: options.serializers } })],
      providers: [{ provide: ROOT_LOGGER, useValue: logger }, RequestLogHook],
      exports: [LoggerModule],
    };
  }
}

/**
 * Routes Nest's own logging (and every `new Logger(...)`) through pino. Create the app with
 * `{ bufferLogs: true }` so that start-up messages logged before this call are not lost.
 */
export function useAppLogger(app: INestApplication): void {
  app.useLogger(app.get(Logger));
}
