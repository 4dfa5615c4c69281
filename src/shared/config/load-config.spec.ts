import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

describe('configuration', () => {
  it('defaults to one in-process server on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '.data',
      eventTransport: 'inprocess',
      gateway: false,
      modules: ['catalog', 'reviews', 'rating', 'inventory', 'search'],
      viewFlushIntervalMs: 10000,
    });
  });

  it.each([
    [{ EVENT_TRANSPORT: 'kafka' }, /^EVENT_TRANSPORT must be one of inprocess, rabbitmq, got "kafka"$/],
    [{ PORT: 'abc' }, /^PORT must be a whole number/],
    [{ PORT: '70000' }, /^PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must use postgres or postgresql/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL must be a URL/],
    [{ RABBITMQ_URL: 'http://broker' }, /^RABBITMQ_URL must use amqp or amqps/],
    [{ APP_MODULES: 'catalog,payments' }, /^APP_MODULES .* "payments" is not a module$/],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32 bytes/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ OTEL_TRACES_EXPORTER: 'jaeger' }, /^OTEL_TRACES_EXPORTER must be one of otlp, console, none/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317' }, /^OTEL_EXPORTER_OTLP_ENDPOINT must use http or https/],
    [{ VIEW_FLUSH_INTERVAL_MS: '50' }, /^VIEW_FLUSH_INTERVAL_MS must be between 100 and 3600000/],
  ])('stops with one line naming the variable for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('leaves tracing off unless an exporter is chosen, and names the service after its modules', () => {
    expect(loadConfig({}).tracing).toEqual({
      exporter: 'none',
      otlpEndpoint: 'http://127.0.0.1:4318',
      serviceName: 'ecomm',
    });
    expect(loadConfig({ APP_MODULES: 'reviews', OTEL_TRACES_EXPORTER: 'otlp' }).tracing).toMatchObject({
      exporter: 'otlp',
      serviceName: 'ecomm-reviews',
    });
  });

  it('reads a module list and the gateway role', () => {
    expect(loadConfig({ APP_MODULES: 'catalog, search' }).modules).toEqual(['catalog', 'search']);
    expect(loadConfig({ APP_MODULES: 'gateway' })).toMatchObject({ gateway: true, modules: [] });
  });
});
