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
exports.UpdateProductHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const contracts_1 = require("../../contracts");
const catalog_errors_1 = require("../../domain/catalog.errors");
const product_1 = require("../../domain/product");
const product_repository_1 = require("../../infrastructure/product.repository");
const update_product_command_1 = require("./update-product.command");
let UpdateProductHandler = class UpdateProductHandler {
    unitOfWork;
    products;
    constructor(unitOfWork, products) {
        this.unitOfWork = unitOfWork;
        this.products = products;
    }
    execute({ productId, changes, expectedVersion }) {
        return this.unitOfWork.run(async (tx) => {
            const current = await this.products.findForUpdate(tx.manager, productId);
            if (!current)
                throw new catalog_errors_1.ProductNotFoundError(productId);
            const next = (0, product_1.updateProduct)(current, changes, expectedVersion);
            if (next.version === current.version)
                return current;
            await this.products.update(tx.manager, next);
            tx.record(contracts_1.ProductUpdatedIntegrationEvent, {
                streamId: (0, contracts_1.productStreamId)(next.id),
                streamVersion: next.version,
                payload: {
                    productId: next.id,
                    sku: next.sku,
                    name: next.name,
                    description: next.description,
                    price: next.price,
                    version: next.version,
                },
            });
            return next;
        });
    }
};
exports.UpdateProductHandler = UpdateProductHandler;
exports.UpdateProductHandler = UpdateProductHandler = __decorate([
    (0, cqrs_1.CommandHandler)(update_product_command_1.UpdateProductCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        product_repository_1.ProductRepository])
], UpdateProductHandler);
//# sourceMappingURL=update-product.handler.js.map