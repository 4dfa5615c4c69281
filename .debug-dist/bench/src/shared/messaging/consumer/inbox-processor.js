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
exports.InboxProcessor = void 0;
const common_1 = require("@nestjs/common");
const metrics_service_1 = require("../../observability/metrics.service");
const message_context_1 = require("../message-context");
const unit_of_work_1 = require("../unit-of-work");
const consumer_telemetry_1 = require("./consumer-telemetry");
const fault_points_1 = require("../testing/fault-points");
/**
 * Applies one event to one consumer exactly once: the inbox row `(consumer, eventId)` and the
 * handler's effect (plus any events it records) commit in one transaction. A duplicate delivery
 * finds the row and does nothing; a failure rolls both back, so the event can be retried.
 */
let InboxProcessor = class InboxProcessor {
    unitOfWork;
    /** Shared with the transports' retry and dead-letter paths, so every outcome is reported one way. */
    telemetry;
    constructor(unitOfWork, metrics) {
        this.unitOfWork = unitOfWork;
        this.telemetry = new consumer_telemetry_1.ConsumerTelemetry(metrics);
    }
    process(registration, event) {
        const { envelope } = event;
        const context = { correlationId: envelope.correlationId, causationId: envelope.eventId, actor: envelope.actor };
        return (0, message_context_1.runWithMessageContext)(context, () => this.telemetry.observe(registration.consumer, envelope, () => this.unitOfWork
            .run(async (tx) => {
            const inserted = await tx.manager.query(`INSERT INTO messaging.inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`, [registration.consumer, envelope.eventId]);
            if (inserted.length === 0)
                return 'duplicate';
            await registration.handler.handle(event, tx);
            (0, fault_points_1.faultPoint)('consumer-before-commit');
            return 'applied';
        })
            .then((outcome) => {
            if (outcome === 'applied')
                (0, fault_points_1.faultPoint)('consumer-after-commit-before-ack');
            return outcome;
        })));
    }
};
exports.InboxProcessor = InboxProcessor;
exports.InboxProcessor = InboxProcessor = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Optional)()),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        metrics_service_1.MetricsService])
], InboxProcessor);
