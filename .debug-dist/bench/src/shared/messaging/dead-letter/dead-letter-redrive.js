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
exports.DeadLetterRedrive = void 0;
const common_1 = require("@nestjs/common");
const domain_error_1 = require("../../domain/domain-error");
const event_registry_1 = require("../event-registry");
const dead_letter_redelivery_1 = require("./dead-letter-redelivery");
const dead_letter_repository_1 = require("./dead-letter.repository");
const BATCH = 100;
/**
 * Redrive: hands parked events back to the consumer that gave up on them, through the active
 * transport. Each dead letter is redriven at most once; if the consumer fails again it parks a new
 * dead letter (same event id), which is the one to redrive after the next fix.
 */
let DeadLetterRedrive = class DeadLetterRedrive {
    deadLetters;
    registry;
    redelivery;
    constructor(deadLetters, registry, redelivery) {
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.redelivery = redelivery;
    }
    async redriveOne(id) {
        const deadLetter = await this.deadLetters.find(id);
        if (!deadLetter)
            throw new domain_error_1.DomainError('not-found', `Dead letter ${id} does not exist`, 'dead-letter.not-found');
        if (deadLetter.redrivenAt) {
            throw new domain_error_1.DomainError('conflict', `Dead letter ${id} was redriven at ${deadLetter.redrivenAt}; if it failed again, redrive the newer dead letter`, 'dead-letter.already-redriven');
        }
        const event = this.eventOf(deadLetter);
        if (!event) {
            throw new domain_error_1.DomainError('conflict', `Dead letter ${id} holds no valid event (${deadLetter.error}); it cannot be redriven`, 'dead-letter.invalid-message');
        }
        await this.hand(deadLetter, event);
        return { accepted: 1, invalid: [] };
    }
    /** Every pending dead letter of `consumer` parked before this call, oldest first; invalid ones stay pending. */
    async redriveConsumer(consumer) {
        const outcome = { accepted: 0, invalid: [] };
        // Bounded by what is parked now, so redrives that fail again and park anew are not picked up.
        const lastId = await this.deadLetters.lastId();
        let afterId = '0';
        for (;;) {
            const batch = await this.deadLetters.pendingUpTo(consumer, afterId, lastId, BATCH);
            for (const deadLetter of batch) {
                const event = this.eventOf(deadLetter);
                if (!event) {
                    outcome.invalid.push(deadLetter.id);
                    continue;
                }
                await this.hand(deadLetter, event);
                outcome.accepted++;
            }
            if (batch.length < BATCH)
                return outcome;
            afterId = batch[batch.length - 1].id;
        }
    }
    hand(deadLetter, event) {
        return this.redelivery.redeliver(deadLetter.consumer, event, () => this.deadLetters.markRedriven(deadLetter.id));
    }
    /** The stored envelope as its current event version, or undefined if it never was a valid event. */
    eventOf(deadLetter) {
        try {
            return this.registry.parse(deadLetter.envelope);
        }
        catch (error) {
            if (error instanceof event_registry_1.InvalidEventError)
                return undefined;
            throw error;
        }
    }
};
exports.DeadLetterRedrive = DeadLetterRedrive;
exports.DeadLetterRedrive = DeadLetterRedrive = __decorate([
    (0, common_1.Injectable)(),
    __param(2, (0, common_1.Inject)(dead_letter_redelivery_1.DEAD_LETTER_REDELIVERY)),
    __metadata("design:paramtypes", [dead_letter_repository_1.DeadLetterRepository,
        event_registry_1.EventRegistry, Object])
], DeadLetterRedrive);
