import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppConfig } from '../config/app-config';
import { answerFrameworkError } from './framework-errors';

/**
 * The Fastify instance behind Nest. Request logging belongs to nestjs-pino, so Fastify's logger is
 * off. `trustProxy` because the service runs behind a gateway or ingress. `requestTimeout` bounds
 * slow clients (slowloris); `connectionTimeout` exceeds Fastify's 72 s keep-alive so idle sockets
 * are closed by the keep-alive logic rather than cut mid-request. `return503OnClosing` answers
 * requests that arrive while the server closes; pass `return503OnClosing: true` to
 * `NestFactory.create` as well so Nest refuses them from the moment shutdown hooks start.
 * `frameworkErrors` turns the router's own refusals (malformed paths) into problem+json.
 */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    logger: false,
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: true,
    requestTimeout: 30_000,
    connectionTimeout: 75_000,
    return503OnClosing: true,
    frameworkErrors: answerFrameworkError,
  });
}
