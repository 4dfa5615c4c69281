import { RequestMethod } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { JwtVerifier } from '../auth/jwt-verifier';
import { AppConfig } from '../config/app-config';
import { registerCorrelationIdHook } from './correlation-id.hook';
import { applyIdempotency } from './idempotency/idempotency.setup';
import { applyJsonBodyPolicy } from './json-body.policy';
import { setupOpenApi } from './openapi.setup';
import { ProblemDetailsFilter } from './problem-details.filter';
import { registerProblemFallback } from './problem-fallback.hook';
import { applyQueryParameterLimit } from './query-parameters.policy';
import { applyRateLimit } from './rate-limit.setup';
import { applySecurity } from './security.setup';
import { createValidationPipe } from './validation.pipe';

export const API_PREFIX = 'api/v1';

/** Operational endpoints stay at the root, where probes, scrapers and people expect them. */
const UNPREFIXED_ROUTES = [
  { path: 'health/{*path}', method: RequestMethod.ALL },
  { path: 'metrics', method: RequestMethod.ALL },
  { path: 'docs/{*path}', method: RequestMethod.ALL },
];

/** Providers the edge uses when the application has them (the edge's own tests run without auth or database). */
export interface HttpEdgeDependencies {
  verifier?: JwtVerifier;
  dataSource?: DataSource;
}

/**
 * Applies the HTTP edge to an application created with `createFastifyAdapter`: correlation ids,
 * JSON-only bodies, bounded bodies and query strings, security headers and CORS, rate limiting, the
 * `/api/v1` prefix, validation, problem+json errors (whoever answers), `Idempotency-Key` replays
 * (when there is a database) and the OpenAPI docs.
 * Call it once, before `app.init()` / `app.listen()`.
 */
export async function configureHttp(
  app: NestFastifyApplication,
  config: AppConfig,
  { verifier, dataSource }: HttpEdgeDependencies = {},
): Promise<void> {
  // First, so that every later hook, and every error response, runs inside the request's context.
  registerCorrelationIdHook(app.getHttpAdapter().getInstance());
  // Before any hook that may refuse a request, so that refusals carry the security headers too.
  await applySecurity(app, config);
  applyJsonBodyPolicy(app, config.http.bodyLimitBytes);
  applyQueryParameterLimit(app);
  await applyRateLimit(app, config, verifier && ((token) => verifier.verify(token).then((user) => user.id)));
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.getHttpAdapter()));
  registerProblemFallback(app.getHttpAdapter().getInstance());
  if (dataSource) applyIdempotency(app, dataSource, config);
  setupOpenApi(app);
}
