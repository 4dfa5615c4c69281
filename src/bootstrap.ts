import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { entitiesFor, migrationsFor, selectModules } from './module-registry';
import { requireProductionSecret, resolveJwtSecret } from './shared/auth/jwt-secret';
import { AppConfig } from './shared/config/app-config';
import { OpenDatabase, openDatabase } from './shared/database/open-database';
import { configureHttp } from './shared/http/configure-http';
import { JwtVerifier } from './shared/auth/jwt-verifier';
import { createFastifyAdapter } from './shared/http/fastify-adapter.factory';
import { useAppLogger } from './shared/observability/logging.module';
import { startMessaging } from './shared/messaging/messaging.module';

/** A built application and everything that must be closed with it, in order. */
export interface RunningApp {
  app: NestFastifyApplication;
  database: OpenDatabase;
  close(): Promise<void>;
}

/**
 * Builds the application for the modules in `config`: database first (migrations run before any
 * module starts), then Nest. Shared by `main.ts` and the end-to-end tests.
 */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  // Before the database is opened: a refused start changes nothing.
  requireProductionSecret(config);
  const modules = selectModules(config.modules);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities: entitiesFor(modules),
    migrations: migrationsFor(modules),
    applicationName: `ecomm:${config.modules.join('+') || 'gateway'}`,
    pool: config.database,
  });
  try {
    const jwt = await resolveJwtSecret(config);
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot({ config, database, jwt, modules }),
      createFastifyAdapter(config),
      { bufferLogs: true, return503OnClosing: true },
    );
    useAppLogger(app);
    await configureHttp(app, config, { verifier: app.get(JwtVerifier), dataSource: database.dataSource });
    let closing = false;
    // Once closing, every response ends its keep-alive connection: a connection left idle would hold
    // the server's close open until its keep-alive timeout (72 s), well past SHUTDOWN_GRACE_MS.
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onSend', async (_request, reply, payload) => {
        if (closing) reply.header('connection', 'close');
        return payload;
      });
    // The event consumers are a microservice of this app, whatever the transport.
    await startMessaging(app);
    return {
      app,
      database,
      async close() {
        closing = true;
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
