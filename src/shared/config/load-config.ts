import { AppConfig, EventTransportKind, MODULE_NAMES, ModuleName, QueueType, TracesExporter } from './app-config';
import { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[], fallback?: string): string | undefined {
  const raw = env[name] || fallback;
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join(' or ')}), got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}://, got "${parsed.protocol}//"`);
  }
  return raw;
}

function parseModules(raw: string | undefined): { modules: ModuleName[]; gateway: boolean } {
  const value = (raw ?? 'all').trim();
  if (value === '' || value === 'all') return { modules: [...MODULE_NAMES], gateway: false };
  if (value === 'gateway') return { modules: [], gateway: true };
  const names = value.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(MODULE_NAMES as readonly string[]).includes(name)) {
      throw new ConfigError(
        `APP_MODULES must be "all", "gateway" or a comma list of ${MODULE_NAMES.join(', ')}; "${name}" is not a module`,
      );
    }
  }
  return { modules: [...new Set(names as ModuleName[])], gateway: false };
}

function jwtSecret(env: Env): string | undefined {
  const secret = env.JWT_SECRET;
  if (secret === undefined || secret === '') return undefined;
  if (Buffer.byteLength(secret, 'utf8') < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 bytes long (HS256)');
  }
  return secret;
}

function upstreams(env: Env): Record<ModuleName, string> {
  const result = {} as Record<ModuleName, string>;
  MODULE_NAMES.forEach((name, index) => {
    const variable = `${name.toUpperCase()}_URL`;
    result[name] = url(env, variable, ['http', 'https'], `http://127.0.0.1:${3001 + index}`)!;
  });
  return result;
}

/** `ecomm` for the whole monolith, `ecomm-<modules>` for a split service, `ecomm-gateway`. */
function serviceNameFor(modules: readonly ModuleName[], gateway: boolean): string {
  if (gateway) return 'ecomm-gateway';
  return modules.length === MODULE_NAMES.length ? 'ecomm' : `ecomm-${modules.join('+')}`;
}

/** Reads and validates the whole configuration; throws `ConfigError` naming the first bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres', 'postgresql']);
  const { modules, gateway } = parseModules(env.APP_MODULES);
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
    eventTransport: oneOf<EventTransportKind>(env, 'EVENT_TRANSPORT', ['inprocess', 'rabbitmq'], 'inprocess'),
    rabbitmq: {
      url: url(env, 'RABBITMQ_URL', ['amqp', 'amqps'], 'amqp://guest:guest@127.0.0.1:5672')!,
      namePrefix: env.RABBITMQ_PREFIX ?? 'ecomm',
      queueType: oneOf<QueueType>(env, 'RABBITMQ_QUEUE_TYPE', ['quorum', 'classic'], 'quorum'),
      prefetch: integer(env, 'RABBITMQ_PREFETCH', 32, 1, 10000),
      deliveryLimit: integer(env, 'RABBITMQ_DELIVERY_LIMIT', 20, 1, 1000),
      shards: integer(env, 'RABBITMQ_SHARDS', 4, 1, 64),
      heartbeatSeconds: integer(env, 'RABBITMQ_HEARTBEAT_SECONDS', 5, 1, 60),
      tls: { caFile: env.RABBITMQ_CA_FILE, certFile: env.RABBITMQ_CERT_FILE, keyFile: env.RABBITMQ_KEY_FILE },
    },
    modules,
    gateway,
    upstreams: upstreams(env),
    jwt: {
      secret: jwtSecret(env),
      jwksUrl,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
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
    },
    // Each flush is one event, and one consumer transaction, per product viewed in the window.
    viewFlushIntervalMs: integer(env, 'VIEW_FLUSH_INTERVAL_MS', 10000, 100, 3600000),
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
    },
    tracing: {
      exporter: oneOf<TracesExporter>(env, 'OTEL_TRACES_EXPORTER', ['otlp', 'console', 'none'], 'none'),
      otlpEndpoint: url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http', 'https'], 'http://127.0.0.1:4318')!,
      serviceName: env.OTEL_SERVICE_NAME || serviceNameFor(modules, gateway),
    },
    database: {
      poolSize: integer(env, 'DB_POOL_SIZE', 20, 1, 1000),
      acquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 5000, 1, 600000),
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 0, 3600000),
    },
  };
}
