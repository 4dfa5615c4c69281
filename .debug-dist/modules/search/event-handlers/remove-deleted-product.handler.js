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
exports.RemoveDeletedProductHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../catalog/contracts");
const search_index_repository_1 = require("../infrastructure/search-index.repository");
/** Takes a deleted product out of every result, for good. */
let RemoveDeletedProductHandler = class RemoveDeletedProductHandler {
    index;
    constructor(index) {
        this.index = index;
    }
    async handle({ envelope, payload }, tx) {
        await this.index.markProductDeleted(tx.manager, payload.productId, envelope.streamVersion);
    }
};
exports.RemoveDeletedProductHandler = RemoveDeletedProductHandler;
exports.RemoveDeletedProductHandler = RemoveDeletedProductHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)(contracts_1.ProductDeletedIntegrationEvent, { consumer: 'search.remove-deleted-product' }),
    __metadata("design:paramtypes", [search_index_repository_1.SearchIndexRepository])
], RemoveDeletedProductHandler);
//# sourceMappingURL=remove-deleted-product.handler.js.map