import { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtVerifier } from '../../auth/jwt-verifier';
import { AppConfig } from '../../config/app-config';
import { loadConfig } from '../../config/load-config';
import { configureHttp } from '../configure-http';
import { createFastifyAdapter } from '../fastify-adapter.factory';

function providedOrUndefined<T>(app: NestFastifyApplication, token: Type<T>): T | undefined {
  try {
    return app.get(token, { strict: false });
  } catch {
    return undefined;
  }
}

/** A Nest app wired exactly like main.ts wires the HTTP edge, around the given controllers and modules. */
export async function createHttpTestApp(
  metadata: ModuleMetadata & { imports?: Array<Type | DynamicModule> },
  env: Record<string, string> = {},
): Promise<{ app: NestFastifyApplication; config: AppConfig }> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env }, []);
  class TestModule {}
  const module: DynamicModule = { module: TestModule, ...metadata };
  const app = await NestFactory.create<NestFastifyApplication>(module, createFastifyAdapter(config), {
    logger: false,
    abortOnError: false,
  });
  await configureHttp(app, config, { verifier: providedOrUndefined(app, JwtVerifier) });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, config };
}
