"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RedeliveryUnavailableError = exports.DEAD_LETTER_REDELIVERY = void 0;
exports.DEAD_LETTER_REDELIVERY = Symbol('DEAD_LETTER_REDELIVERY');
/** The transport could not take the event back right now (broker unreachable); the dead letter stays pending. */
class RedeliveryUnavailableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RedeliveryUnavailableError';
    }
}
exports.RedeliveryUnavailableError = RedeliveryUnavailableError;
//# sourceMappingURL=dead-letter-redelivery.js.map