import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '../shared/config/app-config';
import {
  CORRELATION_ID_HEADER,
  registerCorrelationIdHook,
  resolveCorrelationId,
} from '../shared/http/correlation-id.hook';
import { createFastifyAdapter } from '../shared/http/fastify-adapter.factory';
import { ProblemDetailsFilter } from '../shared/http/problem-details.filter';
import { applySecurity } from '../shared/http/security.setup';
import { useAppLogger } from '../shared/observability/logging.module';
import { setupGatewayDocs } from './docs/gateway-docs.setup';
import { GatewayModule } from './gateway.module';
import { registerApiProxy } from './proxy/api-proxy';
import { RegistryTiming, UpstreamRegistry } from './routing/upstream-registry';

/** A built gateway, ready to `listen`. */
export interface RunningGateway {
  app: NestFastifyApplication;
  close(): Promise<void>;
}

/**
 * Builds the gateway deployable (`APP_MODULES=gateway`): it opens no database and hosts no module;
 * it proxies `/api/v1/*` to the module services of `config.upstreams`, serves their merged OpenAPI
 * document at `/docs` and aggregates their readiness at `/health/ready`.
 */
export async function createGateway(config: AppConfig, timing?: RegistryTiming): Promise<RunningGateway> {
  // Bodies are streamed to the upstreams untouched, so the gateway registers no parser of its own.
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.forRoot(config, timing),
    createFastifyAdapter(config),
    { bufferLogs: true, bodyParser: false, return503OnClosing: true },
  );
  useAppLogger(app);
  const fastify = app.getHttpAdapter().getInstance();
  // The request header itself is set (not only the context) so that the proxy forwards the id it logs.
  fastify.addHook('onRequest', (request, _reply, done) => {
    request.headers[CORRELATION_ID_HEADER] = resolveCorrelationId(request.headers[CORRELATION_ID_HEADER]);
    done();
  });
  registerCorrelationIdHook(fastify);
  await applySecurity(app, config);
  app.useGlobalFilters(new ProblemDetailsFilter(app.getHttpAdapter()));
  const registry = app.get(UpstreamRegistry);
  await registerApiProxy(app, registry);
  setupGatewayDocs(app, registry);
  return { app, close: () => app.close() };
}
