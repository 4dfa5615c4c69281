"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DECLARED_CONSUMERS = void 0;
exports.declaredConsumers = declaredConsumers;
exports.registeredConsumers = registeredConsumers;
const constants_1 = require("@nestjs/common/constants");
const integration_event_handler_decorator_1 = require("../consumer/integration-event-handler.decorator");
function providerClass(provider) {
    if (typeof provider === 'function')
        return provider;
    return 'useClass' in provider ? provider.useClass : undefined;
}
function* providerClasses(module, seen) {
    if (!module || module instanceof Promise || seen.has(module))
        return;
    seen.add(module);
    const dynamic = typeof module === 'function' ? undefined : module;
    const type = dynamic ? dynamic.module : module;
    const providers = [
        ...(Reflect.getMetadata(constants_1.MODULE_METADATA.PROVIDERS, type) ?? []),
        ...(dynamic?.providers ?? []),
    ];
    for (const provider of providers) {
        const found = providerClass(provider);
        if (found)
            yield found;
    }
    const imports = [
        ...(Reflect.getMetadata(constants_1.MODULE_METADATA.IMPORTS, type) ?? []),
        ...(dynamic?.imports ?? []),
    ];
    for (const imported of imports)
        yield* providerClasses(imported, seen);
}
/**
 * The consumers declared in Nest modules, read from their provider lists and the decorators'
 * metadata without instantiating anything: so a process can describe every module's consumers,
 * not only those it hosts.
 */
function declaredConsumers(nestModules) {
    const seen = new Set();
    const consumers = [];
    for (const nestModule of nestModules) {
        for (const handler of providerClasses(nestModule, seen)) {
            const metadata = Reflect.getMetadata(integration_event_handler_decorator_1.INTEGRATION_EVENT_HANDLER, handler);
            if (!metadata)
                continue;
            consumers.push({
                consumer: metadata.consumer,
                module: metadata.consumer.split('.')[0],
                types: metadata.eventClasses.map((eventClass) => eventClass.type),
            });
        }
    }
    return consumers;
}
/** The same view of the consumers a running process discovered (its hosted modules only). */
function registeredConsumers(registrations) {
    const byConsumer = new Map();
    for (const { consumer, module, eventClass } of registrations) {
        const entry = byConsumer.get(consumer) ?? { consumer, module, types: [] };
        entry.types.push(eventClass.type);
        byConsumer.set(consumer, entry);
    }
    return [...byConsumer.values()];
}
/** Every module's consumers, when the composition root knows them; otherwise the process's own are described. */
exports.DECLARED_CONSUMERS = Symbol('DECLARED_CONSUMERS');
