"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.handlerFactsOf = handlerFactsOf;
const constants_1 = require("@nestjs/common/constants");
const integration_event_handler_decorator_1 = require("../../shared/messaging/consumer/integration-event-handler.decorator");
const compare_text_1 = require("./compare-text");
// @nestjs/cqrs records the message class on its handler under these keys (its `decorators/constants`,
// which the package does not export).
const COMMAND_HANDLER_METADATA = '__commandHandler__';
const QUERY_HANDLER_METADATA = '__queryHandler__';
function providerClasses(nestModule) {
    const providers = (Reflect.getMetadata(constants_1.MODULE_METADATA.PROVIDERS, nestModule) ?? []);
    // Only class providers carry decorators; value and factory providers (`{ provide, ... }`) cannot handle messages.
    return providers.filter((provider) => typeof provider === 'function');
}
function handled(providers, key) {
    return providers
        .map((provider) => ({
        message: Reflect.getMetadata(key, provider)?.name,
        handler: provider.name,
    }))
        .filter((fact) => fact.message !== undefined)
        .sort((a, b) => (0, compare_text_1.compareText)(a.message, b.message));
}
/** What the providers listed in a Nest module handle, read from their decorators' metadata. */
function handlerFactsOf(nestModule) {
    const providers = providerClasses(nestModule);
    const consumptions = providers
        .flatMap((provider) => {
        const metadata = Reflect.getMetadata(integration_event_handler_decorator_1.INTEGRATION_EVENT_HANDLER, provider);
        return (metadata?.eventClasses ?? []).map((eventClass) => ({
            eventType: eventClass.type,
            consumer: metadata.consumer,
            handler: provider.name,
        }));
    })
        .sort((a, b) => (0, compare_text_1.compareText)(a.eventType, b.eventType) || (0, compare_text_1.compareText)(a.consumer, b.consumer));
    return {
        commands: handled(providers, COMMAND_HANDLER_METADATA),
        queries: handled(providers, QUERY_HANDLER_METADATA),
        consumptions,
    };
}
//# sourceMappingURL=handler-facts.js.map