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
exports.CreateProductHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const uuid_v7_1 = require("../../../../shared/messaging/uuid-v7");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const contracts_1 = require("../../contracts");
const product_1 = require("../../domain/product");
const product_repository_1 = require("../../infrastructure/product.repository");
const create_product_command_1 = require("./create-product.command");
let CreateProductHandler = class CreateProductHandler {
    unitOfWork;
    products;
    constructor(unitOfWork, products) {
        this.unitOfWork = unitOfWork;
        this.products = products;
    }
    execute({ product: input }) {
        const product = (0, product_1.createProduct)((0, uuid_v7_1.uuidV7)(), input);
        return this.unitOfWork.run(async (tx) => {
            await this.products.insert(tx.manager, product);
            tx.record(contracts_1.ProductCreatedV2IntegrationEvent, {
                streamId: (0, contracts_1.productStreamId)(product.id),
                streamVersion: product.version,
                payload: {
                    productId: product.id,
                    sku: product.sku,
                    name: product.name,
                    description: product.description,
                    price: product.price,
                    initialStock: product.initialStock,
                    categories: product.categories,
                },
            });
            return product;
        });
    }
};
exports.CreateProductHandler = CreateProductHandler;
exports.CreateProductHandler = CreateProductHandler = __decorate([
    (0, cqrs_1.CommandHandler)(create_product_command_1.CreateProductCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        product_repository_1.ProductRepository])
], CreateProductHandler);
//# sourceMappingURL=create-product.handler.js.map