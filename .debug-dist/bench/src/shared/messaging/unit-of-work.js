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
exports.UnitOfWork = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const metrics_service_1 = require("../observability/metrics.service");
const trace_parent_1 = require("../observability/tracing/trace-parent");
const event_store_repository_1 = require("./event-store/event-store.repository");
const message_context_1 = require("./message-context");
const outbox_signal_1 = require("./relay/outbox-signal");
const uuid_v7_1 = require("./uuid-v7");
const fault_points_1 = require("./testing/fault-points");
/**
 * The single way to change state: runs `work` in a transaction, appends every event it recorded to
 * `messaging.event_store` in that same transaction, and wakes the relay after the commit.
 */
let UnitOfWork = class UnitOfWork {
    dataSource;
    eventStore;
    signal;
    metrics;
    constructor(dataSource, eventStore, signal, metrics) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.signal = signal;
        this.metrics = metrics;
    }
    async run(work) {
        const recorded = [];
        const result = await this.dataSource.transaction(async (manager) => {
            const context = (0, message_context_1.currentMessageContext)();
            const tx = {
                manager,
                record: (eventClass, event) => {
                    const envelope = {
                        eventId: (0, uuid_v7_1.uuidV7)(),
                        type: eventClass.type,
                        streamId: event.streamId,
                        streamVersion: event.streamVersion,
                        occurredAt: new Date().toISOString(),
                        correlationId: context.correlationId,
                        causationId: context.causationId,
                        actor: context.actor,
                        payload: event.payload,
                    };
                    recorded.push(envelope);
                    return envelope;
                },
            };
            const value = await work(tx);
            await this.eventStore.append(manager, recorded, (0, trace_parent_1.activeTraceParent)());
            return value;
        });
        if (recorded.length > 0) {
            (0, fault_points_1.faultPoint)('after-outbox-commit');
            this.signal.notify();
        }
        for (const envelope of recorded)
            this.metrics?.countAppended(envelope.type);
        return result;
    }
};
exports.UnitOfWork = UnitOfWork;
exports.UnitOfWork = UnitOfWork = __decorate([
    (0, common_1.Injectable)(),
    __param(3, (0, common_1.Optional)()),
    __metadata("design:paramtypes", [typeorm_1.DataSource,
        event_store_repository_1.EventStoreRepository,
        outbox_signal_1.OutboxSignal,
        metrics_service_1.MetricsService])
], UnitOfWork);
