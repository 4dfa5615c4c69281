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
exports.ProductExistenceHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../catalog/contracts");
const rated_product_repository_1 = require("../infrastructure/rated-product.repository");
/** Keeps `rating.products` in step with the catalog, so ratings are only taken for products that exist. */
let ProductExistenceHandler = class ProductExistenceHandler {
    products;
    constructor(products) {
        this.products = products;
    }
    async handle(event, tx) {
        const { productId } = event.payload;
        if (event instanceof contracts_1.ProductDeletedIntegrationEvent) {
            await this.products.recordDeleted(tx.manager, productId, event.envelope.streamVersion);
        }
        else {
            await this.products.recordCreated(tx.manager, productId, event.envelope.streamVersion);
        }
    }
};
exports.ProductExistenceHandler = ProductExistenceHandler;
exports.ProductExistenceHandler = ProductExistenceHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)([contracts_1.ProductCreatedV2IntegrationEvent, contracts_1.ProductDeletedIntegrationEvent], { consumer: 'rating.products' }),
    __metadata("design:paramtypes", [rated_product_repository_1.RatedProductRepository])
], ProductExistenceHandler);
//# sourceMappingURL=product-existence.handler.js.map