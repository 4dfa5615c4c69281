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
var ReliableDelivery_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReliableDelivery = void 0;
const common_1 = require("@nestjs/common");
const app_config_1 = require("../../config/app-config");
const dead_letter_repository_1 = require("../dead-letter/dead-letter.repository");
const retry_policy_1 = require("../retry-policy");
const inbox_processor_1 = require("./inbox-processor");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * In-process delivery with retries: exponential backoff between attempts, then the message is parked
 * in `messaging.dead_letter` with the last error so the stream of other events keeps moving.
 */
let ReliableDelivery = ReliableDelivery_1 = class ReliableDelivery {
    config;
    inbox;
    deadLetters;
    logger = new common_1.Logger(ReliableDelivery_1.name);
    constructor(config, inbox, deadLetters) {
        this.config = config;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
    }
    async deliver(registration, event) {
        const policy = this.config.consumer;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.inbox.process(registration, event);
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                if (!(0, retry_policy_1.shouldRetry)(policy, attempt)) {
                    this.logger.error(`${registration.consumer} gave up on ${event.envelope.type} ${event.envelope.eventId} after ${attempt} attempts: ${message}`);
                    await this.deadLetters.park({
                        consumer: registration.consumer,
                        envelope: event.envelope,
                        error: message,
                        attempts: attempt,
                    });
                    this.inbox.telemetry.deadLettered(registration.consumer, event.envelope);
                    return 'dead-lettered';
                }
                this.logger.warn(`${registration.consumer} failed on ${event.envelope.type} (attempt ${attempt}): ${message}`);
                this.inbox.telemetry.retried(registration.consumer, event.envelope);
                await sleep((0, retry_policy_1.backoffDelayMs)(policy, attempt));
            }
        }
    }
};
exports.ReliableDelivery = ReliableDelivery;
exports.ReliableDelivery = ReliableDelivery = ReliableDelivery_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object, inbox_processor_1.InboxProcessor,
        dead_letter_repository_1.DeadLetterRepository])
], ReliableDelivery);
//# sourceMappingURL=reliable-delivery.js.map