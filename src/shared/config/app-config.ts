import { TransportName } from '../messaging/transports/transport-names';

export type EventTransportKind = TransportName;
export type QueueType = 'quorum' | 'classic';
export type TracesExporter = 'otlp' | 'console' | 'none';
export type TrustProxy = false | number | string[];

/** Typed, validated configuration of one process. Built once by `loadConfig` from the environment. */
export interface AppConfig {
  port: number;
  host: string;
  /** Unset means the embedded PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  eventTransport: EventTransportKind;
  rabbitmq: {
    /** The broker URLs as configured, comma-separated (for messages); connect with `urls`. */
    url: string;
    /** One URL per cluster node; the connection tries them in turn and moves to a surviving one. */
    urls: string[];
    /** Prefix for exchange and queue names, so test runs on one broker never see each other. */
    namePrefix: string;
    queueType: QueueType;
    prefetch: number;
    /** Broker-side backstop: deliveries of one message before it is dead-lettered. */
    deliveryLimit: number;
    /** Single-active-consumer shard queues per consuming module (per-stream order with several instances). */
    shards: number;
    heartbeatSeconds: number;
    tls: { caFile?: string; certFile?: string; keyFile?: string };
    /**
     * The broker user that publishes each module's events (`RABBITMQ_PUBLISHERS`); a module not listed
     * is published by this process's own user. Consumers apply an event only from its module's user.
     */
    publishers: Record<string, string>;
  };
  nats: {
    /** Servers of one NATS cluster (`NATS_URL`, a comma list); credentials may be given in a URL. */
    servers: string[];
    /** First subject token and stream-name prefix, so deployments or test runs can share a server. */
    namePrefix: string;
    /** Partitions of the events subject space; a stream hashes to one, each has one active consumer per module. */
    partitions: number;
    /** Messages in hand per partition consumer (JetStream `max_ack_pending`). */
    prefetch: number;
    /** How long a delivered, unsettled message waits before JetStream delivers it again (a crashed consumer's). */
    ackWaitSeconds: number;
    /** How long a partition stays with an instance that stopped renewing its lease. */
    leaseSeconds: number;
    /** Stream replicas in a JetStream cluster. */
    replicas: number;
  };
  /** Modules this process hosts, in registry order; empty when `gateway`. */
  modules: string[];
  gateway: boolean;
  /** Upstream base URL per module of the registry (`<MODULE>_URL`), used by the gateway. */
  upstreams: Record<string, string>;
  /** Each hosted module's own settings, as its `settings` reader returned them, by module name. */
  moduleSettings: Readonly<Record<string, object>>;
  jwt: {
    secret: string | undefined;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
    /** The longest a token may be valid: `exp` at most this long after `iat` (or after now, without `iat`). */
    maxTokenAgeSeconds: number;
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  relay: { pollIntervalMs: number; batchSize: number };
  consumer: {
    maxAttempts: number;
    baseBackoffMs: number;
    maxBackoffMs: number;
    /** Handlers running at once per consuming module (streams in parallel; each stream in order). */
    concurrency: number;
    /** A consumed message larger than this is parked unread. */
    maxMessageBytes: number;
    /** A dead letter's stored envelope is truncated beyond this. */
    deadLetterMaxEnvelopeBytes: number;
  };
  http: {
    bodyLimitBytes: number;
    corsOrigins: string[];
    shutdownGraceMs: number;
    /** How long a completed `Idempotency-Key` is remembered and replayed. */
    idempotencyTtlSeconds: number;
    rateLimit: { enabled: boolean; max: number; windowMs: number };
    /** Whose `X-Forwarded-For` is believed: nobody (`false`), that many hops, or these addresses and CIDRs. */
    trustProxy: TrustProxy;
    /** An event stream (SSE) ends after this long at most, and when its token expires; clients resume. */
    sseMaxDurationSeconds: number;
  };
  /** `/metrics`: behind a bearer token when `token` is set, on its own listener when `port` is set. */
  metrics: { token: string | undefined; port: number | undefined };
  /** OpenTelemetry tracing; `exporter: 'none'` leaves it off at near-zero cost. */
  tracing: { exporter: TracesExporter; otlpEndpoint: string; serviceName: string };
  /** Back-pressure: a bounded pool whose waits and statements are cut short rather than hang. */
  database: { poolSize: number; acquireTimeoutMs: number; statementTimeoutMs: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
