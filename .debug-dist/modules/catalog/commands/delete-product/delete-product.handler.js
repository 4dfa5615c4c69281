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
exports.DeleteProductHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const contracts_1 = require("../../contracts");
const catalog_errors_1 = require("../../domain/catalog.errors");
const product_1 = require("../../domain/product");
const product_repository_1 = require("../../infrastructure/product.repository");
const delete_product_command_1 = require("./delete-product.command");
let DeleteProductHandler = class DeleteProductHandler {
    unitOfWork;
    products;
    constructor(unitOfWork, products) {
        this.unitOfWork = unitOfWork;
        this.products = products;
    }
    execute({ productId, expectedVersion }) {
        return this.unitOfWork.run(async (tx) => {
            const product = await this.products.findForUpdate(tx.manager, productId);
            if (!product)
                throw new catalog_errors_1.ProductNotFoundError(productId);
            (0, product_1.assertDeletable)(product, expectedVersion);
            await this.products.delete(tx.manager, productId);
            tx.record(contracts_1.ProductDeletedIntegrationEvent, {
                streamId: (0, contracts_1.productStreamId)(productId),
                streamVersion: product.version + 1,
                payload: { productId, sku: product.sku },
            });
        });
    }
};
exports.DeleteProductHandler = DeleteProductHandler;
exports.DeleteProductHandler = DeleteProductHandler = __decorate([
    (0, cqrs_1.CommandHandler)(delete_product_command_1.DeleteProductCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        product_repository_1.ProductRepository])
], DeleteProductHandler);
//# sourceMappingURL=delete-product.handler.js.map