import { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '../../config/app-config';
import { loadConfig } from '../../config/load-config';
import { configureHttp } from '../configure-http';
import { createFastifyAdapter } from '../fastify-adapter.factory';

/** A Nest app wired exactly like main.ts wires the HTTP edge, around the given controllers and modules. */
export async function createHttpTestApp(
  metadata: ModuleMetadata & { imports?: Array<Type | DynamicModule> },
  env: Record<string, string> = {},
): Promise<{ app: NestFastifyApplication; config: AppConfig }> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  class TestModule {}
  const module: DynamicModule = { module: TestModule, ...metadata };
  const app = await NestFactory.create<NestFastifyApplication>(module, createFastifyAdapter(config), { logger: false });
  await configureHttp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, config };
}
