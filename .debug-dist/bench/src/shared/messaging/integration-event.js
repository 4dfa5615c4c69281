"use strict";
/**
 * The integration-event base: the only thing a module's `contracts/` may import.
 * Keep this file free of imports so contracts can become a package of their own.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntegrationEvent = void 0;
exports.upcastFrom = upcastFrom;
/** Declares that an event class supersedes `from`, whose payloads `upcast` turns into its own. */
function upcastFrom(from, upcast) {
    return { from, upcast };
}
/**
 * Base class of integration events; subclasses declare `type`, `payloadSchema` and optionally
 * `delivery`, and `upcastFrom` when they supersede an earlier version.
 */
class IntegrationEvent {
    envelope;
    static type;
    static payloadSchema;
    static delivery = 'effectively-once';
    static description = '';
    static upcastFrom;
    constructor(envelope) {
        this.envelope = envelope;
    }
    get payload() {
        return this.envelope.payload;
    }
}
exports.IntegrationEvent = IntegrationEvent;
