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
Object.defineProperty(exports, "__esModule", { value: true });
exports.IndexProductUpdatedHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../catalog/contracts");
const search_index_repository_1 = require("../infrastructure/search-index.repository");
/** Re-indexes a product's name and description from the snapshot; an older snapshot than the indexed one is ignored. */
let IndexProductUpdatedHandler = class IndexProductUpdatedHandler {
    index;
    constructor(index) {
        this.index = index;
    }
    async handle({ payload }, tx) {
        const { productId, name, description, version } = payload;
        await this.index.applyProductText(tx.manager, { productId, name, description, version });
    }
};
exports.IndexProductUpdatedHandler = IndexProductUpdatedHandler;
exports.IndexProductUpdatedHandler = IndexProductUpdatedHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)(contracts_1.ProductUpdatedIntegrationEvent, { consumer: 'search.index-product-updated' }),
    __metadata("design:paramtypes", [search_index_repository_1.SearchIndexRepository])
], IndexProductUpdatedHandler);
