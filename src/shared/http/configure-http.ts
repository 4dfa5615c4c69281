import { RequestMethod } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '../config/app-config';
import { registerCorrelationIdHook } from './correlation-id.hook';
import { applyJsonBodyPolicy } from './json-body.policy';
import { setupOpenApi } from './openapi.setup';
import { ProblemDetailsFilter } from './problem-details.filter';
import { applySecurity } from './security.setup';
import { createValidationPipe } from './validation.pipe';

export const API_PREFIX = 'api/v1';

/** Operational endpoints stay at the root, where probes, scrapers and people expect them. */
const UNPREFIXED_ROUTES = [
  { path: 'health/{*path}', method: RequestMethod.ALL },
  { path: 'metrics', method: RequestMethod.ALL },
  { path: 'docs/{*path}', method: RequestMethod.ALL },
];

/**
 * Applies the HTTP edge to an application created with `createFastifyAdapter`: correlation ids,
 * JSON-only bodies, security headers and CORS, the `/api/v1` prefix, validation, problem+json
 * errors and the OpenAPI docs. Call it once, before `app.init()` / `app.listen()`.
 */
export async function configureHttp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  // First, so that every later hook, and every error response, runs inside the request's context.
  registerCorrelationIdHook(app.getHttpAdapter().getInstance());
  applyJsonBodyPolicy(app, config.http.bodyLimitBytes);
  await applySecurity(app, config);
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.getHttpAdapter()));
  setupOpenApi(app);
}
