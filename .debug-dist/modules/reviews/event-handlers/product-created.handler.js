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
exports.ProductCreatedHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../catalog/contracts");
const reviewed_product_repository_1 = require("../infrastructure/reviewed-product.repository");
/** Makes a new catalog product reviewable (unless its deletion was seen first). */
let ProductCreatedHandler = class ProductCreatedHandler {
    products;
    constructor(products) {
        this.products = products;
    }
    async handle(event, tx) {
        await this.products.recordCreated(tx.manager, event.payload.productId, event.envelope.streamVersion);
    }
};
exports.ProductCreatedHandler = ProductCreatedHandler;
exports.ProductCreatedHandler = ProductCreatedHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)(contracts_1.ProductCreatedV2IntegrationEvent, { consumer: 'reviews.product-created' }),
    __metadata("design:paramtypes", [reviewed_product_repository_1.ReviewedProductRepository])
], ProductCreatedHandler);
//# sourceMappingURL=product-created.handler.js.map