import { ConfigError } from './config-error';
import { ConfigurableModule } from './configurable-module';
import { integer } from './env-readers';
import { loadConfig as load } from './load-config';

/** A registry of made-up modules: the loader knows modules only from what it is given. */
const REGISTRY: ConfigurableModule[] = [
  { name: 'alpha', settings: (env) => ({ flushMs: integer(env, 'ALPHA_FLUSH_MS', 10000, 100, 3600000) }) },
  { name: 'beta' },
  { name: 'gamma' },
];
const loadConfig = (env: Record<string, string>) => load(env, REGISTRY);

describe('configuration', () => {
  it('defaults to one in-process server on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '.data',
      eventTransport: 'inprocess',
      gateway: false,
      modules: ['alpha', 'beta', 'gamma'],
      moduleSettings: { alpha: { flushMs: 10000 } },
    });
  });

  it.each([
    [{ EVENT_TRANSPORT: 'kafka' }, /^EVENT_TRANSPORT must be one of inprocess, rabbitmq, nats, got "kafka"$/],
    [{ NATS_URL: 'nats://a:4222,amqp://b' }, /^NATS_URL must use nats/],
    [{ NATS_URL: 'nats://a:4222, ' }, /^NATS_URL must be a comma list of nats:\/\/ URLs/],
    [{ NATS_PREFIX: 'ecomm.prod' }, /^NATS_PREFIX must be 1 to 32 letters, digits/],
    [{ NATS_PARTITIONS: '0' }, /^NATS_PARTITIONS must be between 1 and 64/],
    [{ NATS_LEASE_SECONDS: '1' }, /^NATS_LEASE_SECONDS must be between 2/],
    [{ PORT: 'abc' }, /^PORT must be a whole number/],
    [{ PORT: '70000' }, /^PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must use postgres or postgresql/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL must be a URL/],
    [{ RABBITMQ_URL: 'http://broker' }, /^RABBITMQ_URL must use amqp or amqps/],
    [{ RABBITMQ_URL: 'amqp://a:5672,http://b:5672' }, /^RABBITMQ_URL entry 2 must use amqp or amqps/],
    [{ RABBITMQ_URL: 'amqp://a:5672,,amqp://b:5672' }, /^RABBITMQ_URL must be one URL or a comma list of URLs/],
    [{ APP_MODULES: 'beta', BETA_DATABASE_URL: 'mysql://x' }, /^BETA_DATABASE_URL must use postgres or postgresql/],
    [
      { APP_MODULES: 'alpha,beta', ALPHA_DATABASE_URL: 'postgres://h/a', BETA_DATABASE_URL: 'postgres://h/b' },
      /^ALPHA_DATABASE_URL and BETA_DATABASE_URL differ, but one process has one database/,
    ],
    [{ APP_MODULES: 'alpha,payments' }, /^APP_MODULES must be .* alpha, beta, gamma; "payments" is not a module$/],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32 bytes/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ OTEL_TRACES_EXPORTER: 'jaeger' }, /^OTEL_TRACES_EXPORTER must be one of otlp, console, none/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317' }, /^OTEL_EXPORTER_OTLP_ENDPOINT must use http or https/],
    [{ ALPHA_FLUSH_MS: '50' }, /^ALPHA_FLUSH_MS must be between 100 and 3600000/],
    [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY must be "none", a hop count, or a comma list/],
    [{ METRICS_TOKEN: 'short' }, /^METRICS_TOKEN must be at least 16 characters/],
    [{ METRICS_PORT: 'http' }, /^METRICS_PORT must be a whole number/],
    [{ SSE_MAX_DURATION_SECONDS: '0' }, /^SSE_MAX_DURATION_SECONDS must be between 1 and 86400/],
    [{ JWT_MAX_TOKEN_AGE_SECONDS: '10' }, /^JWT_MAX_TOKEN_AGE_SECONDS must be between 60/],
    [{ DEAD_LETTER_MAX_ENVELOPE_BYTES: '100' }, /^DEAD_LETTER_MAX_ENVELOPE_BYTES must be between 1024/],
  ])('stops with one line naming the variable for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads NATS_URL as a comma list of servers, with defaults for the JetStream settings', () => {
    expect(loadConfig({}).nats).toEqual({
      servers: ['nats://127.0.0.1:4222'],
      namePrefix: 'ecomm',
      partitions: 4,
      prefetch: 32,
      ackWaitSeconds: 30,
      leaseSeconds: 10,
      replicas: 1,
    });
    const cluster = loadConfig({ EVENT_TRANSPORT: 'nats', NATS_URL: 'nats://svc:pw@n1:4222, nats://n2:4222' });
    expect(cluster.eventTransport).toBe('nats');
    expect(cluster.nats.servers).toEqual(['nats://svc:pw@n1:4222', 'nats://n2:4222']);
  });

  it('trusts no proxy, serves metrics openly on the API port and bounds tokens and streams by default', () => {
    const config = loadConfig({});
    expect(config.http).toMatchObject({ trustProxy: false, sseMaxDurationSeconds: 3600 });
    expect(config.metrics).toEqual({ token: undefined, port: undefined });
    expect(config.jwt.maxTokenAgeSeconds).toBe(86400);
    expect(config.consumer.deadLetterMaxEnvelopeBytes).toBe(65536);
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(16), METRICS_PORT: '9464' }).metrics).toEqual({
      token: 'a'.repeat(16),
      port: 9464,
    });
  });

  it('leaves tracing off unless an exporter is chosen, and names the service after its modules', () => {
    expect(loadConfig({}).tracing).toEqual({
      exporter: 'none',
      otlpEndpoint: 'http://127.0.0.1:4318',
      serviceName: 'ecomm',
    });
    expect(loadConfig({ APP_MODULES: 'beta', OTEL_TRACES_EXPORTER: 'otlp' }).tracing).toMatchObject({
      exporter: 'otlp',
      serviceName: 'ecomm-beta',
    });
  });

  it('reads a module list in registry order, and the gateway role', () => {
    expect(loadConfig({ APP_MODULES: 'gamma, alpha' }).modules).toEqual(['alpha', 'gamma']);
    expect(loadConfig({ APP_MODULES: 'gateway' })).toMatchObject({ gateway: true, modules: [] });
  });

  it("reads only the hosted modules' own settings, and names their variables when bad", () => {
    expect(loadConfig({ APP_MODULES: 'beta', ALPHA_FLUSH_MS: '50' }).moduleSettings).toEqual({});
    expect(loadConfig({ APP_MODULES: 'alpha', ALPHA_FLUSH_MS: '250' }).moduleSettings).toEqual({
      alpha: { flushMs: 250 },
    });
  });

  it("uses the hosted module's own database when it has one, else DATABASE_URL", () => {
    const env = { DATABASE_URL: 'postgres://h/shared', BETA_DATABASE_URL: 'postgres://h/beta' };
    expect(loadConfig({ ...env, APP_MODULES: 'beta' }).databaseUrl).toBe('postgres://h/beta');
    expect(loadConfig({ ...env, APP_MODULES: 'alpha' }).databaseUrl).toBe('postgres://h/shared');
    expect(loadConfig({ ...env, APP_MODULES: 'alpha,beta' }).databaseUrl).toBe('postgres://h/beta');
    expect(loadConfig({ APP_MODULES: 'gamma' }).databaseUrl).toBeUndefined();
  });

  it('reads RABBITMQ_URL as one URL or a comma list of cluster nodes', () => {
    expect(loadConfig({}).rabbitmq).toMatchObject({
      url: 'amqp://guest:guest@127.0.0.1:5672',
      urls: ['amqp://guest:guest@127.0.0.1:5672'],
    });
    expect(loadConfig({ RABBITMQ_URL: 'amqp://u:p@n1:5672/v, amqps://u:p@n2:5671/v' }).rabbitmq).toMatchObject({
      url: 'amqp://u:p@n1:5672/v,amqps://u:p@n2:5671/v',
      urls: ['amqp://u:p@n1:5672/v', 'amqps://u:p@n2:5671/v'],
    });
  });

  it('derives each upstream variable of the gateway from the registry', () => {
    expect(loadConfig({ APP_MODULES: 'gateway', BETA_URL: 'http://beta:8080' }).upstreams).toEqual({
      alpha: 'http://127.0.0.1:3001',
      beta: 'http://beta:8080',
      gamma: 'http://127.0.0.1:3003',
    });
  });
});
