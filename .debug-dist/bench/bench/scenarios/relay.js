"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.measureRelayScenario = measureRelayScenario;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const amqplib_1 = __importDefault(require("amqplib"));
const node_perf_hooks_1 = require("node:perf_hooks");
const module_registry_1 = require("../../src/module-registry");
const config_module_1 = require("../../src/shared/config/config.module");
const load_config_1 = require("../../src/shared/config/load-config");
const database_module_1 = require("../../src/shared/database/database.module");
const open_database_1 = require("../../src/shared/database/open-database");
const stored_event_1 = require("../../src/shared/messaging/event-store/stored-event");
const messaging_module_1 = require("../../src/shared/messaging/messaging.module");
const migrations_1 = require("../../src/shared/messaging/migrations");
const rabbitmq_message_1 = require("../../src/shared/messaging/rabbitmq/rabbitmq-message");
const outbox_relay_1 = require("../../src/shared/messaging/relay/outbox-relay");
const ACTOR = 'bench-relay';
/** Every published event lands in one quorum queue, so confirms cost what they cost with real consumers. */
async function declareSink(broker) {
    const connection = await amqplib_1.default.connect(broker.url);
    const channel = await connection.createConfirmChannel();
    const exchange = `${broker.prefix}.events`;
    const sink = `${broker.prefix}.bench-sink`;
    await channel.assertExchange(exchange, 'topic', { durable: true });
    await channel.assertQueue(sink, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await channel.bindQueue(sink, exchange, '#');
    await channel.purgeQueue(sink);
    return { channel, sink, close: () => connection.close() };
}
/** `count` unpublished review-added rows of realistic size, written straight into the outbox. */
async function prefillOutbox(db, count) {
    await db.query(`INSERT INTO messaging.event_store
       (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload)
     SELECT gen_random_uuid(), 'reviews.review-added.v1', 'reviews', 'reviews.review:' || id, 1, now(), gen_random_uuid(),
            $2, jsonb_build_object('reviewId', id, 'productId', gen_random_uuid(), 'authorId', 'customer-' || n,
              'title', 'Solid and well made',
              'body', 'Arrived quickly, works as described and feels built to last. Would buy it again.')
     FROM (SELECT n, gen_random_uuid() AS id FROM generate_series(1, $1) n) rows`, [count, ACTOR]);
}
/** Time for the app's relay, in this process, to publish `count` prefilled rows with confirms and mark them. */
async function measureRelay(db, broker, count) {
    const config = (0, load_config_1.loadConfig)({
        DATABASE_URL: db.url,
        APP_MODULES: 'reviews',
        EVENT_TRANSPORT: 'rabbitmq',
        RABBITMQ_URL: broker.url,
        RABBITMQ_PREFIX: broker.prefix,
        // Only the explicit flush below publishes: no poll may start a concurrent pass.
        RELAY_POLL_INTERVAL_MS: '60000',
        LOG_LEVEL: 'warn',
        ...(process.env.RELAY_BATCH_SIZE && { RELAY_BATCH_SIZE: process.env.RELAY_BATCH_SIZE }),
    });
    const database = await (0, open_database_1.openDatabase)({
        databaseUrl: db.url,
        dataDir: '.data',
        entities: [],
        migrations: migrations_1.MESSAGING_MIGRATIONS,
    });
    let RelayBenchModule = class RelayBenchModule {
    };
    RelayBenchModule = __decorate([
        (0, common_1.Module)({
            imports: [
                config_module_1.ConfigModule.forRoot(config),
                database_module_1.DatabaseModule.forRoot(database.dataSource, database.connection),
                messaging_module_1.MessagingModule.forRoot({ events: module_registry_1.ALL_EVENTS }),
            ],
        })
    ], RelayBenchModule);
    const context = await core_1.NestFactory.createApplicationContext(RelayBenchModule, { logger: ['error', 'warn'] });
    try {
        await context.init();
        const relay = context.get(outbox_relay_1.OutboxRelay);
        await relay.flush();
        await prefillOutbox(db, count);
        const startedAt = node_perf_hooks_1.performance.now();
        await relay.flush();
        const elapsedS = (node_perf_hooks_1.performance.now() - startedAt) / 1000;
        const [{ left }] = await db.query(`SELECT count(*)::int AS left FROM messaging.event_store WHERE published_at IS NULL AND actor = $1`, [ACTOR]);
        if (left > 0)
            throw new Error(`relay left ${left} of ${count} rows unpublished`);
        return count / elapsedS;
    }
    finally {
        await context.close();
        await database.close();
    }
}
/** The same messages (read back from the store beforehand) through one bare amqplib confirm channel. */
async function measureBarePublisher(db, broker, channel) {
    const rows = await db.query(`SELECT position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id,
            actor, payload, published_at
     FROM messaging.event_store WHERE actor = $1 ORDER BY position`, [ACTOR]);
    const messages = rows.map((row) => {
        const envelope = (0, stored_event_1.toEnvelope)((0, stored_event_1.toStoredEvent)(row));
        return { type: envelope.type, content: (0, rabbitmq_message_1.encodeEnvelope)(envelope), options: (0, rabbitmq_message_1.publishOptions)(envelope) };
    });
    const exchange = `${broker.prefix}.events`;
    const startedAt = node_perf_hooks_1.performance.now();
    for (const message of messages) {
        if (!channel.publish(exchange, message.type, message.content, message.options)) {
            await new Promise((resolve) => channel.once('drain', resolve));
        }
    }
    await channel.waitForConfirms();
    return messages.length / ((node_perf_hooks_1.performance.now() - startedAt) / 1000);
}
/** Outbox → RabbitMQ: the relay draining a prefilled outbox vs a bare confirm-channel publisher. */
async function measureRelayScenario(db, broker, count) {
    const sink = await declareSink(broker);
    try {
        const relayRate = await measureRelay(db, broker, count);
        const { messageCount } = await sink.channel.checkQueue(sink.sink);
        if (messageCount < count)
            throw new Error(`only ${messageCount} of ${count} relayed messages reached the sink`);
        await sink.channel.purgeQueue(sink.sink);
        const bareRate = await measureBarePublisher(db, broker, sink.channel);
        await sink.channel.purgeQueue(sink.sink);
        const measurement = (subject, throughput) => ({
            subject,
            throughput,
            unit: 'events/s',
            p50Ms: null,
            p99Ms: null,
        });
        return {
            app: measurement('outbox relay (rabbitmq, confirms)', relayRate),
            baseline: measurement('bare amqplib confirm channel', bareRate),
        };
    }
    finally {
        await sink.close();
    }
}
