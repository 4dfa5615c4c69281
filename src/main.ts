import 'reflect-metadata';
import type { RunningApp } from './bootstrap';
import type { RunningGateway } from './gateway/create-gateway';
import { AppConfig } from './shared/config/app-config';
import { loadAppConfig } from './load-app-config';
import { failureLine } from './shared/startup/failure-line';
import { assertCanListen, listenFailure } from './shared/startup/listen-check';

async function main(): Promise<void> {
  const config = loadAppConfig();
  // A port in use fails here, in a second, not after the database is opened and migrated.
  await assertCanListen(config.host, config.port);
  // A module service never loads the gateway's code.
  const running = config.gateway
    ? await (await import('./gateway/create-gateway.js')).createGateway(config)
    : await (await import('./bootstrap.js')).createApp(config);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal} received: finishing in-flight requests, flushing the outbox relay, closing pools`);
    const force = setTimeout(() => process.exit(1), config.http.shutdownGraceMs + 5000);
    force.unref();
    running
      .close()
      .then(() => process.exit(0))
      .catch((error) => {
        console.error(`shutdown failed: ${error instanceof Error ? error.message : error}`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  await running.app.listen(config.port, config.host).catch(async (error: unknown) => {
    await running.close().catch(() => undefined);
    throw listenFailure(error, config.host, config.port);
  });
  const address = running.app.getHttpServer().address();
  const base = `http://${config.host}:${typeof address === 'object' && address ? address.port : config.port}`;
  console.log(`ecomm listening on ${base} (${describe(config, running)})`);
  console.log(`API docs: ${base}/docs   OpenAPI: ${base}/docs/openapi.json`);
}

function describe(config: AppConfig, running: RunningApp | RunningGateway): string {
  if (!('database' in running)) {
    const upstreams = Object.entries(config.upstreams).map(([module, url]) => `${module} ${url}`);
    return `gateway to ${upstreams.join(', ')}`;
  }
  const database = running.database.connection.embedded ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  return `modules: ${config.modules.join(', ')}; events: ${config.eventTransport}; database: ${database}`;
}

main().catch((error: unknown) => {
  console.error(failureLine(error, ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '')));
  process.exit(1);
});
