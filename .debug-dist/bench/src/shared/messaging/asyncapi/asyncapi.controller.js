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
exports.AsyncApiController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const app_config_1 = require("../../config/app-config");
const consumer_registry_1 = require("../consumer/consumer-registry");
const event_registry_1 = require("../event-registry");
const rabbitmq_names_1 = require("../rabbitmq/rabbitmq-names");
const asyncapi_document_1 = require("./asyncapi-document");
const declared_consumers_1 = require("./declared-consumers");
// Read at run time rather than imported, so the build's rootDir stays src/ (package.json is beside it).
const packageVersion = () => JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'))
    .version;
/** Serves `/docs/asyncapi.json` (outside `/api/v1`, like the OpenAPI document), built once on first request. */
let AsyncApiController = class AsyncApiController {
    config;
    registry;
    registrations;
    declared;
    document;
    constructor(config, registry, registrations, declared) {
        this.config = config;
        this.registry = registry;
        this.registrations = registrations;
        this.declared = declared;
    }
    asyncApi() {
        return (this.document ??= (0, asyncapi_document_1.buildAsyncApiDocument)({
            version: packageVersion(),
            exchange: new rabbitmq_names_1.RabbitMqNames(this.config.rabbitmq.namePrefix).eventsExchange,
            events: this.registry.all(),
            currentTypeOf: (type) => this.registry.currentTypeOf(type),
            consumers: this.declared ?? (0, declared_consumers_1.registeredConsumers)(this.registrations.all()),
        }));
    }
};
exports.AsyncApiController = AsyncApiController;
__decorate([
    (0, common_1.Get)('asyncapi.json'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Object)
], AsyncApiController.prototype, "asyncApi", null);
exports.AsyncApiController = AsyncApiController = __decorate([
    (0, swagger_1.ApiExcludeController)(),
    (0, common_1.Controller)('docs'),
    __param(0, (0, common_1.Inject)(app_config_1.APP_CONFIG)),
    __param(3, (0, common_1.Optional)()),
    __param(3, (0, common_1.Inject)(declared_consumers_1.DECLARED_CONSUMERS)),
    __metadata("design:paramtypes", [Object, event_registry_1.EventRegistry,
        consumer_registry_1.ConsumerRegistry, Array])
], AsyncApiController);
