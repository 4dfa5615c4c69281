import { DynamicModule, INestApplication, LoggerService, Module } from '@nestjs/common';
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

/** Nest's own start-up narration: module wiring, the route table, "successfully started". */
const FRAMEWORK_STARTUP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'NestMicroservice',
]);

/**
 * Nest's start-up narration at `debug` (about 70 lines, the route table among them); everything
 * else as logged. At `info` a start then shows only the server's own two lines.
 */
class AppLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    const context = params.at(-1);
    if (typeof context === 'string' && FRAMEWORK_STARTUP_CONTEXTS.has(context)) this.logger.debug(message, ...params);
    else this.logger.log(message, ...params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.logger.error(message, ...params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.logger.warn(message, ...params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.logger.debug(message, ...params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.logger.verbose(message, ...params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.logger.fatal(message, ...params);
  }
}

/**
 * Routes Nest's own logging (and every `new Logger(...)`) through pino. Create the app with
 * `{ bufferLogs: true }` so that start-up messages logged before this call are not lost.
 */
export function useAppLogger(app: INestApplication): void {
  app.useLogger(new AppLogger(app.get(Logger)));
}
