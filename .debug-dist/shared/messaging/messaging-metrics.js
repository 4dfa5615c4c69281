"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MessagingMetrics = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const app_config_1 = require("../config/app-config");
const metrics_service_1 = require("../observability/metrics.service");
const consumer_registry_1 = require("./consumer/consumer-registry");
const event_transport_1 = require("./transport/event-transport");
/** Lag beyond this is reported as this: counting further would make a scrape slow exactly when it matters. */
const MAX_COUNTED_LAG = 100_000;
/** Reuses one read (and its in-flight promise) for `ttlMs`, so scrapes stay cheap and never pile up queries. */
function cachedFor(ttlMs, read) {
    let last;
    return () => {
        if (last && Date.now() - last.at < ttlMs)
            return last.value;
        const value = read();
        const entry = { at: Date.now(), value };
        last = entry;
        value.catch(() => {
            if (last === entry)
                last = undefined;
        });
        return value;
    };
}
/**
 * Gauges read at scrape time from the messaging tables and the broker: the outbox backlog of this
 * process's modules, each hosted consumer's projection lag, and (RabbitMQ) the depth of its queues.
 */
let MessagingMetrics = class MessagingMetrics {
    config;
    dataSource;
    consumers;
    transport;
    metrics;
    constructor(config, dataSource, consumers, transport, metrics) {
        this.config = config;
        this.dataSource = dataSource;
        this.consumers = consumers;
        this.transport = transport;
        this.metrics = metrics;
    }
    onApplicationBootstrap() {
        const metrics = this.metrics;
        if (!metrics)
            return;
        const outbox = cachedFor(1000, () => this.outboxBacklog());
        metrics.registerGauge('outbox_unpublished_events', "Committed events of this process's modules not yet published", async () => (await outbox()).count);
        metrics.registerGauge('outbox_oldest_unpublished_age_seconds', 'Age of the oldest unpublished event of this process’s modules (0 when none)', async () => (await outbox()).ageSeconds);
        metrics.registerLabelledGauge('projection_lag_events', `Events of the types a consumer handles stored after the newest one it applied (approximate, capped at ${MAX_COUNTED_LAG})`, 'consumer', cachedFor(5000, () => this.projectionLag()));
        const queueDepths = this.transport.queueDepths?.bind(this.transport);
        if (queueDepths) {
            metrics.registerLabelledGauge('rabbitmq_queue_messages', 'Messages ready in the queues this process consumes (shards and dead letters)', 'queue', cachedFor(1000, queueDepths));
        }
    }
    async outboxBacklog() {
        const [row] = await this.dataSource.query(`SELECT count(*)::int AS count, coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS age
       FROM messaging.event_store WHERE published_at IS NULL AND module = ANY($1)`, [this.config.modules]);
        return { count: row.count, ageSeconds: Math.max(0, row.age) };
    }
    /**
     * Per consumer: how many events of its types follow the newest event it applied (event ids are UUID
     * v7, so the inbox's primary key finds that one without a scan).
     */
    async projectionLag() {
        const typesByConsumer = new Map();
        for (const { consumer, eventClass } of this.consumers.all()) {
            typesByConsumer.set(consumer, [...(typesByConsumer.get(consumer) ?? []), eventClass.type]);
        }
        const lag = new Map();
        for (const [consumer, types] of typesByConsumer) {
            const [row] = await this.dataSource.query(`SELECT count(*)::int AS lag FROM (
           SELECT 1 FROM messaging.event_store e
           WHERE e.type = ANY($2) AND e.position > coalesce((
             SELECT s.position FROM messaging.event_store s
             WHERE s.event_id = (SELECT i.event_id FROM messaging.inbox i WHERE i.consumer = $1
                                 ORDER BY i.event_id DESC LIMIT 1)), 0)
           LIMIT $3) pending`, [consumer, types, MAX_COUNTED_LAG]);
            lag.set(consumer, row.lag);
        }
        return lag;
    }
};
exports.MessagingMetrics = MessagingMetrics;
exports.MessagingMetrics = MessagingMetrics = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_1.APP_CONFIG)),
    __param(3, (0, common_1.Inject)(event_transport_1.EVENT_TRANSPORT)),
    __param(4, (0, common_1.Optional)()),
    __metadata("design:paramtypes", [Object, typeorm_1.DataSource,
        consumer_registry_1.ConsumerRegistry, Object, metrics_service_1.MetricsService])
], MessagingMetrics);
//# sourceMappingURL=messaging-metrics.js.map