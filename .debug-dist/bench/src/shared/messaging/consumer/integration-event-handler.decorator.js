"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INTEGRATION_EVENT_HANDLER = void 0;
exports.OnIntegrationEvent = OnIntegrationEvent;
const common_1 = require("@nestjs/common");
exports.INTEGRATION_EVENT_HANDLER = Symbol('INTEGRATION_EVENT_HANDLER');
const CONSUMER_NAME = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
/**
 * Registers a provider as the consumer of one integration event type (or several that it applies
 * alike). The transport delivers each event at least once; the inbox makes the effect happen once.
 */
function OnIntegrationEvent(eventClass, options) {
    if (!CONSUMER_NAME.test(options.consumer)) {
        throw new Error(`consumer name must look like "<module>.<handler>", got "${options.consumer}"`);
    }
    const metadata = { ...options, eventClasses: [eventClass].flat() };
    return (0, common_1.applyDecorators)((0, common_1.Injectable)(), (0, common_1.SetMetadata)(exports.INTEGRATION_EVENT_HANDLER, metadata));
}
