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
var MetricsService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.MetricsService = void 0;
const common_1 = require("@nestjs/common");
const prom_client_1 = require("prom-client");
/**
 * The process's Prometheus metrics. A registry per instance rather than prom-client's global one,
 * so several applications in one process (tests) never clash over metric names.
 */
let MetricsService = MetricsService_1 = class MetricsService {
    registry = new prom_client_1.Registry();
    logger = new common_1.Logger(MetricsService_1.name);
    httpDuration = new prom_client_1.Histogram({
        name: 'http_request_duration_seconds',
        help: 'HTTP request duration by method, route pattern and status',
        labelNames: ['method', 'route', 'status'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [this.registry],
    });
    appended = new prom_client_1.Counter({
        name: 'events_appended_total',
        help: 'Integration events written to the event store',
        labelNames: ['type'],
        registers: [this.registry],
    });
    published = new prom_client_1.Counter({
        name: 'events_published_total',
        help: 'Integration events handed to the transport and accepted by it',
        labelNames: ['type', 'transport'],
        registers: [this.registry],
    });
    consumed = new prom_client_1.Counter({
        name: 'events_consumed_total',
        help: 'Integration event deliveries by consumer and outcome (applied, duplicate, failed, dead-lettered)',
        labelNames: ['consumer', 'type', 'outcome'],
        registers: [this.registry],
    });
    retried = new prom_client_1.Counter({
        name: 'events_retried_total',
        help: 'Failed integration event deliveries scheduled for another attempt, by consumer and type',
        labelNames: ['consumer', 'type'],
        registers: [this.registry],
    });
    handlerDuration = new prom_client_1.Histogram({
        name: 'event_handler_duration_seconds',
        help: 'Time an integration event handler took, by consumer',
        labelNames: ['consumer'],
        buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
        registers: [this.registry],
    });
    constructor() {
        (0, prom_client_1.collectDefaultMetrics)({ register: this.registry });
    }
    observeHttpRequest(method, route, status, seconds) {
        this.httpDuration.observe({ method, route, status: String(status) }, seconds);
    }
    countAppended(type, count = 1) {
        this.appended.inc({ type }, count);
    }
    countPublished(type, transport, count = 1) {
        this.published.inc({ type, transport }, count);
    }
    countConsumed(consumer, type, outcome) {
        this.consumed.inc({ consumer, type, outcome });
    }
    countRetried(consumer, type) {
        this.retried.inc({ consumer, type });
    }
    /** Starts timing one handler run; call the returned function when it ends, whatever the outcome. */
    timeHandler(consumer) {
        const end = this.handlerDuration.startTimer({ consumer });
        return () => {
            end();
        };
    }
    /**
     * A gauge read at scrape time, e.g. `registerGauge('outbox_unpublished', '...', () => relay.countUnpublished())`.
     * A failing read keeps the last value and is logged, so one broken source never fails the whole scrape.
     */
    registerGauge(name, help, collect) {
        const logger = this.logger;
        new prom_client_1.Gauge({
            name,
            help,
            registers: [this.registry],
            async collect() {
                try {
                    this.set(await collect());
                }
                catch (error) {
                    logger.warn(`gauge ${name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
                }
            },
        });
    }
    /**
     * A gauge with one label, read at scrape time as one value per label value (e.g. lag per consumer).
     * Label values missing from a read are dropped from the output; a failing read keeps the last values.
     */
    registerLabelledGauge(name, help, label, collect) {
        const logger = this.logger;
        new prom_client_1.Gauge({
            name,
            help,
            labelNames: [label],
            registers: [this.registry],
            async collect() {
                try {
                    const values = await collect();
                    this.reset();
                    for (const [value, reading] of values)
                        this.set({ [label]: value }, reading);
                }
                catch (error) {
                    logger.warn(`gauge ${name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
                }
            },
        });
    }
};
exports.MetricsService = MetricsService;
exports.MetricsService = MetricsService = MetricsService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [])
], MetricsService);
//# sourceMappingURL=metrics.service.js.map