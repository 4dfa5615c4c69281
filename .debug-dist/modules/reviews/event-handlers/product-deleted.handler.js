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
exports.ProductDeletedHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../catalog/contracts");
const contracts_2 = require("../contracts");
const review_repository_1 = require("../infrastructure/review.repository");
const reviewed_product_repository_1 = require("../infrastructure/reviewed-product.repository");
/**
 * Tombstones the product and deletes its live reviews in the same transaction, announcing each
 * deletion so that other modules (search) drop them too.
 */
let ProductDeletedHandler = class ProductDeletedHandler {
    products;
    reviews;
    constructor(products, reviews) {
        this.products = products;
        this.reviews = reviews;
    }
    async handle(event, tx) {
        const { productId } = event.payload;
        // First: the row lock makes reviews being added right now commit before the sweep below, or fail with 404.
        await this.products.recordDeleted(tx.manager, productId, event.envelope.streamVersion);
        for (const review of await this.reviews.markDeletedForProduct(tx.manager, productId)) {
            tx.record(contracts_2.ReviewDeletedIntegrationEvent, {
                streamId: (0, contracts_2.reviewStreamId)(review.id),
                streamVersion: review.version,
                payload: { reviewId: review.id, productId, authorId: review.authorId, deletedBy: 'product-deleted' },
            });
        }
    }
};
exports.ProductDeletedHandler = ProductDeletedHandler;
exports.ProductDeletedHandler = ProductDeletedHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)(contracts_1.ProductDeletedIntegrationEvent, { consumer: 'reviews.product-deleted' }),
    __metadata("design:paramtypes", [reviewed_product_repository_1.ReviewedProductRepository,
        review_repository_1.ReviewRepository])
], ProductDeletedHandler);
//# sourceMappingURL=product-deleted.handler.js.map