"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALL_CONSUMERS = exports.ALL_EVENTS = exports.MODULES = void 0;
exports.selectModules = selectModules;
exports.migrationsFor = migrationsFor;
exports.entitiesFor = entitiesFor;
const migrations_1 = require("./shared/messaging/migrations");
const declared_consumers_1 = require("./shared/messaging/asyncapi/declared-consumers");
const migrations_2 = require("./shared/http/idempotency/migrations");
const catalog_module_1 = require("./modules/catalog/catalog.module");
const inventory_module_1 = require("./modules/inventory/inventory.module");
const rating_module_1 = require("./modules/rating/rating.module");
const reviews_module_1 = require("./modules/reviews/reviews.module");
const search_module_1 = require("./modules/search/search.module");
/** Every module the platform has; `APP_MODULES` picks which of them a process hosts. */
exports.MODULES = [catalog_module_1.catalogModule, reviews_module_1.reviewsModule, rating_module_1.ratingModule, inventory_module_1.inventoryModule, search_module_1.searchModule];
function selectModules(names) {
    return exports.MODULES.filter((definition) => names.includes(definition.name));
}
/** Every event class of every module: a process must understand events of modules it does not host. */
exports.ALL_EVENTS = exports.MODULES.flatMap((definition) => definition.events);
/** Every module's event consumers, read from their Nest modules, so any process can describe the whole platform. */
exports.ALL_CONSUMERS = (0, declared_consumers_1.declaredConsumers)(exports.MODULES.map((definition) => definition.nestModule));
/** Migrations for the hosted modules, plus the messaging and idempotency tables every process needs. */
function migrationsFor(definitions) {
    return [
        ...migrations_1.MESSAGING_MIGRATIONS,
        ...migrations_2.IDEMPOTENCY_MIGRATIONS,
        ...definitions.flatMap((definition) => definition.migrations),
    ];
}
function entitiesFor(definitions) {
    return definitions.flatMap((definition) => definition.entities);
}
