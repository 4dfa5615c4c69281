import { AppConfig, EventTransportKind, QueueType, TracesExporter } from './app-config';
import { ConfigError } from './config-error';
import { ConfigurableModule } from './configurable-module';
import { TRANSPORT_NAMES } from '../messaging/transports/transport-names';
import { Env, integer, oneOf, url, urlList } from './env-readers';
import { trustProxy } from './trust-proxy';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function parseModules(raw: string | undefined, known: readonly string[]): { modules: string[]; gateway: boolean } {
  const value = (raw ?? 'all').trim();
  if (value === '' || value === 'all') return { modules: [...known], gateway: false };
  if (value === 'gateway') return { modules: [], gateway: true };
  const names = value.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!known.includes(name)) {
      throw new ConfigError(
        `APP_MODULES must be "all", "gateway" or a comma list of ${known.join(', ')}; "${name}" is not a module`,
      );
    }
  }
  // Registry order, whatever order the list was given in.
  return { modules: known.filter((name) => names.includes(name)), gateway: false };
}

function jwtSecret(env: Env): string | undefined {
  const secret = env.JWT_SECRET;
  if (secret === undefined || secret === '') return undefined;
  if (Buffer.byteLength(secret, 'utf8') < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 bytes long (HS256)');
  }
  return secret;
}

/** A bearer token scrapers send; short ones could be guessed. */
function metricsToken(env: Env): string | undefined {
  const token = env.METRICS_TOKEN;
  if (token === undefined || token === '') return undefined;
  if (token.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters long');
  return token;
}

function upstreams(env: Env, known: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  known.forEach((name, index) => {
    const variable = `${name.toUpperCase()}_URL`;
    result[name] = url(env, variable, ['http', 'https'], `http://127.0.0.1:${3001 + index}`)!;
  });
  return result;
}

/** `RABBITMQ_PUBLISHERS=catalog=ecomm-catalog,reviews=ecomm-reviews`: the broker user of each module. */
function publishers(env: Env, known: readonly string[]): Record<string, string> {
  const raw = (env.RABBITMQ_PUBLISHERS ?? '').trim();
  if (raw === '') return {};
  const result: Record<string, string> = {};
  for (const entry of raw.split(',')) {
    const match = /^\s*([a-z][a-z0-9-]*)\s*=\s*([^\s,=]+)\s*$/.exec(entry);
    if (!match || !known.includes(match[1])) {
      throw new ConfigError(
        `RABBITMQ_PUBLISHERS must be a comma list of <module>=<broker user> with modules of ${known.join(', ')}; got "${entry.trim()}"`,
      );
    }
    result[match[1]] = match[2];
  }
  return result;
}

/**
 * The database of a process: `<MODULE>_DATABASE_URL` of its hosted module when set (a database per
 * service), else `DATABASE_URL`. A process hosting several modules has one database, so their
 * variables must agree.
 */
function databaseUrlFor(env: Env, modules: readonly string[]): string | undefined {
  const shared = url(env, 'DATABASE_URL', ['postgres', 'postgresql']);
  const own = modules.flatMap((module) => {
    const databaseVariable = `${module.toUpperCase()}_DATABASE_URL`;
    const value = url(env, databaseVariable, ['postgres', 'postgresql']);
    return value === undefined ? [] : [{ variable: databaseVariable, value }];
  });
  const differing = own.find(({ value }) => value !== own[0].value);
  if (differing) {
    throw new ConfigError(
      `${own[0].variable} and ${differing.variable} differ, but one process has one database: host those modules in separate processes or point both at the same URL`,
    );
  }
  return own[0]?.value ?? shared;
}

/** `NATS_URL=nats://a:4222,nats://b:4222`: the servers of one NATS cluster (credentials may ride in the first). */
function natsServers(env: Env): string[] {
  const raw = (env.NATS_URL ?? '').trim() || 'nats://127.0.0.1:4222';
  return raw.split(',').map((server) => {
    if (server.trim() === '') throw new ConfigError(`NATS_URL must be a comma list of nats:// URLs, got "${raw}"`);
    return url({ NATS_URL: server.trim() }, 'NATS_URL', ['nats'])!;
  });
}

/** A NATS subject token and stream-name part: letters, digits, `_` and `-` only. */
function natsPrefix(env: Env): string {
  const prefix = env.NATS_PREFIX || 'ecomm';
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(prefix)) {
    throw new ConfigError(`NATS_PREFIX must be 1 to 32 letters, digits, "_" or "-", got "${prefix}"`);
  }
  return prefix;
}

/** `ecomm` for the whole monolith, `ecomm-<modules>` for a split service, `ecomm-gateway`. */
function serviceNameFor(modules: readonly string[], known: readonly string[], gateway: boolean): string {
  if (gateway) return 'ecomm-gateway';
  return modules.length === known.length ? 'ecomm' : `ecomm-${modules.join('+')}`;
}

/**
 * Reads and validates the whole configuration of a process that may host any of `registry`'s
 * modules (the composition root passes the module registry); throws `ConfigError` naming the first
 * bad variable. Each hosted module's own settings are read by the module's `settings` reader.
 */
export function loadConfig(env: Env, registry: readonly ConfigurableModule[]): AppConfig {
  const known = registry.map((module) => module.name);
  const { modules, gateway } = parseModules(env.APP_MODULES, known);
  const databaseUrl = databaseUrlFor(env, modules);
  const rabbitmqUrls = urlList(env, 'RABBITMQ_URL', ['amqp', 'amqps'], 'amqp://guest:guest@127.0.0.1:5672');
  const moduleSettings = Object.fromEntries(
    registry
      .filter((module) => modules.includes(module.name) && module.settings)
      .map((module) => [module.name, module.settings!(env)]),
  );
  const jwksUrl = url(env, 'JWT_JWKS_URL', ['http', 'https']);
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: env.DATA_DIR || '.data',
    eventTransport: oneOf<EventTransportKind>(env, 'EVENT_TRANSPORT', TRANSPORT_NAMES, 'inprocess'),
    rabbitmq: {
      url: rabbitmqUrls.join(','),
      urls: rabbitmqUrls,
      namePrefix: env.RABBITMQ_PREFIX ?? 'ecomm',
      queueType: oneOf<QueueType>(env, 'RABBITMQ_QUEUE_TYPE', ['quorum', 'classic'], 'quorum'),
      prefetch: integer(env, 'RABBITMQ_PREFETCH', 32, 1, 10000),
      deliveryLimit: integer(env, 'RABBITMQ_DELIVERY_LIMIT', 20, 1, 1000),
      shards: integer(env, 'RABBITMQ_SHARDS', 4, 1, 64),
      heartbeatSeconds: integer(env, 'RABBITMQ_HEARTBEAT_SECONDS', 5, 1, 60),
      tls: { caFile: env.RABBITMQ_CA_FILE, certFile: env.RABBITMQ_CERT_FILE, keyFile: env.RABBITMQ_KEY_FILE },
      publishers: publishers(env, known),
    },
    nats: {
      servers: natsServers(env),
      namePrefix: natsPrefix(env),
      partitions: integer(env, 'NATS_PARTITIONS', 4, 1, 64),
      prefetch: integer(env, 'NATS_PREFETCH', 32, 1, 10000),
      ackWaitSeconds: integer(env, 'NATS_ACK_WAIT_SECONDS', 30, 1, 3600),
      leaseSeconds: integer(env, 'NATS_LEASE_SECONDS', 10, 2, 3600),
      replicas: integer(env, 'NATS_REPLICAS', 1, 1, 5),
    },
    modules,
    gateway,
    upstreams: upstreams(env, known),
    moduleSettings,
    jwt: {
      secret: jwtSecret(env),
      jwksUrl,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
      maxTokenAgeSeconds: integer(env, 'JWT_MAX_TOKEN_AGE_SECONDS', 86400, 60, 30 * 86400),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    relay: {
      pollIntervalMs: integer(env, 'RELAY_POLL_INTERVAL_MS', 500, 10, 60000),
      batchSize: integer(env, 'RELAY_BATCH_SIZE', 200, 1, 10000),
    },
    consumer: {
      maxAttempts: integer(env, 'CONSUMER_MAX_ATTEMPTS', 5, 1, 100),
      baseBackoffMs: integer(env, 'CONSUMER_BACKOFF_MS', 100, 1, 600000),
      maxBackoffMs: integer(env, 'CONSUMER_MAX_BACKOFF_MS', 10000, 1, 3600000),
      concurrency: integer(env, 'CONSUMER_CONCURRENCY', 8, 1, 1000),
      maxMessageBytes: integer(env, 'MESSAGE_MAX_BYTES', 1024 * 1024, 1024, 128 * 1024 * 1024),
      deadLetterMaxEnvelopeBytes: integer(env, 'DEAD_LETTER_MAX_ENVELOPE_BYTES', 64 * 1024, 1024, 16 * 1024 * 1024),
    },
    http: {
      bodyLimitBytes: integer(env, 'HTTP_BODY_LIMIT_BYTES', 64 * 1024, 1024, 50 * 1024 * 1024),
      corsOrigins,
      shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10000, 0, 600000),
      idempotencyTtlSeconds: integer(env, 'IDEMPOTENCY_TTL_SECONDS', 86400, 1, 30 * 86400),
      rateLimit: {
        enabled: oneOf(env, 'RATE_LIMIT_ENABLED', ['true', 'false'], 'true') === 'true',
        max: integer(env, 'RATE_LIMIT_MAX', 600, 1, 100_000_000),
        windowMs: integer(env, 'RATE_LIMIT_WINDOW_MS', 60000, 100, 3600000),
      },
      trustProxy: trustProxy(env),
      sseMaxDurationSeconds: integer(env, 'SSE_MAX_DURATION_SECONDS', 3600, 1, 86400),
    },
    metrics: {
      token: metricsToken(env),
      port: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 1, 65535) : undefined,
    },
    tracing: {
      exporter: oneOf<TracesExporter>(env, 'OTEL_TRACES_EXPORTER', ['otlp', 'console', 'none'], 'none'),
      otlpEndpoint: url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http', 'https'], 'http://127.0.0.1:4318')!,
      serviceName: env.OTEL_SERVICE_NAME || serviceNameFor(modules, known, gateway),
    },
    database: {
      poolSize: integer(env, 'DB_POOL_SIZE', 20, 1, 1000),
      acquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 5000, 1, 600000),
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 0, 3600000),
    },
  };
}
