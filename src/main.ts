import 'reflect-metadata';
import { createApp } from './bootstrap';
import { loadConfig } from './shared/config/load-config';
import { ConfigError } from './shared/config/config-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const running = await createApp(config);
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
  await running.app.listen(config.port, config.host);
  const address = running.app.getHttpServer().address();
  const base = `http://${config.host}:${typeof address === 'object' && address ? address.port : config.port}`;
  const database = running.database.connection.embedded ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  console.log(
    `ecomm listening on ${base} (modules: ${config.modules.join(', ') || 'gateway'}; events: ${config.eventTransport}; database: ${database})`,
  );
  console.log(`API docs: ${base}/docs   OpenAPI: ${base}/docs/openapi.json`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
