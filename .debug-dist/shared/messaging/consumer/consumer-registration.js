"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bindingsByModule = bindingsByModule;
/** Event types each module consumes, derived from handler registrations (never listed by hand). */
function bindingsByModule(registrations) {
    const result = new Map();
    for (const registration of registrations) {
        const types = result.get(registration.module) ?? new Set();
        types.add(registration.eventClass.type);
        result.set(registration.module, types);
    }
    return new Map([...result].map(([module, types]) => [module, [...types].sort()]));
}
//# sourceMappingURL=consumer-registration.js.map