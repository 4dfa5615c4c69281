import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { selectModules } from '../../module-registry';
import { loadAppConfig } from '../../load-app-config';
import { configureHttp } from '../../shared/http/configure-http';
import { createFastifyAdapter } from '../../shared/http/fastify-adapter.factory';
import { buildOpenApiDocument } from '../../shared/http/openapi.setup';

/**
 * A fixed environment rather than `process.env`: the committed document must not depend on who
 * generates it. It hosts every module, like the default deployment that serves `/docs`.
 */
const DOCUMENT_ENV = {
  APP_MODULES: 'all',
  DATABASE_URL: 'postgres://openapi@127.0.0.1:5432/unused',
  JWT_SECRET: 'openapi-generation-never-signs-anything',
  LOG_LEVEL: 'silent',
};

/**
 * The OpenAPI document the application serves at `/docs/openapi.json`, built without a database
 * or broker: Nest's preview mode scans modules and controllers but instantiates no provider, so
 * the never-initialised data source below is never touched.
 */
export async function buildDocumentWithoutDatabase(): Promise<OpenAPIObject> {
  const config = loadAppConfig(DOCUMENT_ENV);
  const dataSource = new DataSource({ type: 'postgres', url: config.databaseUrl });
  const database = {
    dataSource,
    connection: { url: config.databaseUrl!, embedded: false },
    close: async () => undefined,
  };
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, database, jwt: config.jwt, modules: selectModules(config.modules) }),
    createFastifyAdapter(config),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    await configureHttp(app, config, { dataSource });
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
