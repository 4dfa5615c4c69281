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
var OutboxRelay_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.OutboxRelay = void 0;
const common_1 = require("@nestjs/common");
const app_config_1 = require("../../config/app-config");
const database_connection_1 = require("../../database/database-connection");
const metrics_service_1 = require("../../observability/metrics.service");
const messaging_spans_1 = require("../../observability/tracing/messaging-spans");
const event_store_repository_1 = require("../event-store/event-store.repository");
const stored_event_1 = require("../event-store/stored-event");
const event_transport_1 = require("../transport/event-transport");
const outbox_signal_1 = require("./outbox-signal");
const relay_leadership_1 = require("./relay-leadership");
const fault_points_1 = require("../testing/fault-points");
/**
 * Publishes committed outbox rows of this process's modules in position order and marks them
 * published only after the transport accepted them. Woken on commit (in-process signal and
 * LISTEN/NOTIFY) and by a poller that recovers rows a crash left behind. Every pass starts from the
 * rows' own `published_at` flag, never from "position > last seen", so a transaction that took a
 * lower position but committed later is still published (by the next pass).
 */
let OutboxRelay = OutboxRelay_1 = class OutboxRelay {
    config;
    transport;
    eventStore;
    signal;
    metrics;
    logger = new common_1.Logger(OutboxRelay_1.name);
    leadership;
    running;
    again = false;
    stopped = true;
    timer;
    unsubscribe;
    constructor(config, connection, transport, eventStore, signal, metrics) {
        this.config = config;
        this.transport = transport;
        this.eventStore = eventStore;
        this.signal = signal;
        this.metrics = metrics;
        this.leadership = new relay_leadership_1.RelayLeadership(connection, () => this.wake());
    }
    start() {
        if (this.config.modules.length === 0)
            return;
        this.stopped = false;
        this.unsubscribe = this.signal.subscribe(() => this.wake());
        this.timer = setInterval(() => this.wake(), this.config.relay.pollIntervalMs);
        this.timer.unref();
        this.wake();
    }
    /** Asks for a publishing pass; coalesces with one already running. */
    wake() {
        if (this.stopped)
            return;
        if (this.running) {
            this.again = true;
            return;
        }
        this.running = this.loop().finally(() => (this.running = undefined));
    }
    /** Publishes everything committed so far; used by tests and on shutdown. */
    async flush() {
        await this.running;
        await this.drain();
    }
    async stop() {
        this.unsubscribe?.();
        clearInterval(this.timer);
        await this.flush().catch((error) => this.logger.warn(`final relay flush failed: ${String(error)}`));
        this.stopped = true;
        await this.leadership.close();
    }
    async loop() {
        do {
            this.again = false;
            try {
                await this.drain();
            }
            catch (error) {
                this.logger.warn(`relay pass failed, retrying on next poll: ${error instanceof Error ? error.message : error}`);
                return;
            }
        } while (this.again && !this.stopped);
    }
    async drain() {
        const modules = [];
        for (const module of this.config.modules) {
            if (await this.leadership.leads(module))
                modules.push(module);
        }
        if (modules.length === 0)
            return;
        const { batchSize } = this.config.relay;
        let batch = await this.eventStore.findUnpublished(modules, batchSize);
        let marking;
        try {
            while (batch.length > 0) {
                // The database work (reading the next batch, marking the previous one) overlaps the transport's
                // work on this one; publishing itself stays strictly in order, one batch after the other.
                const next = this.eventStore.findUnpublished(modules, batchSize, batch[batch.length - 1].position);
                next.catch(() => undefined); // awaited below, unless publishing fails first
                await this.publish(batch);
                (0, fault_points_1.faultPoint)('after-publish-before-mark');
                await marking;
                marking = this.markPublished(batch);
                batch = await next;
            }
        }
        finally {
            await marking;
        }
    }
    async publish(batch) {
        const envelopes = batch.map((event) => ({ envelope: (0, stored_event_1.toEnvelope)(event), traceParent: event.traceParent }));
        await (0, messaging_spans_1.tracePublish)(envelopes, this.transport.name, () => this.transport.publish(envelopes.map(({ envelope }) => envelope)));
    }
    async markPublished(batch) {
        await this.eventStore.markPublished(batch.map((event) => event.position));
        for (const event of batch)
            this.metrics?.countPublished(event.type, this.transport.name);
    }
};
exports.OutboxRelay = OutboxRelay;
exports.OutboxRelay = OutboxRelay = OutboxRelay_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_1.APP_CONFIG)),
    __param(1, (0, common_1.Inject)(database_connection_1.DATABASE_CONNECTION)),
    __param(2, (0, common_1.Inject)(event_transport_1.EVENT_TRANSPORT)),
    __param(5, (0, common_1.Optional)()),
    __metadata("design:paramtypes", [Object, Object, Object, event_store_repository_1.EventStoreRepository,
        outbox_signal_1.OutboxSignal,
        metrics_service_1.MetricsService])
], OutboxRelay);
