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
exports.ProductsController = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_1 = require("../../../shared/auth/auth.decorators");
const if_match_1 = require("../../../shared/http/if-match");
const pagination_1 = require("../../../shared/http/pagination");
const problem_schema_1 = require("../../../shared/http/problem.schema");
const create_product_command_1 = require("../commands/create-product/create-product.command");
const delete_product_command_1 = require("../commands/delete-product/delete-product.command");
const update_product_command_1 = require("../commands/update-product/update-product.command");
const get_product_query_1 = require("../queries/get-product/get-product.query");
const list_products_query_1 = require("../queries/list-products/list-products.query");
const create_product_request_1 = require("./create-product.request");
const product_response_1 = require("./product.response");
const update_product_request_1 = require("./update-product.request");
const IF_MATCH = { name: 'If-Match', required: false, description: 'Expected product version, e.g. "3"; 412 if stale' };
let ProductsController = class ProductsController {
    commands;
    queries;
    constructor(commands, queries) {
        this.commands = commands;
        this.queries = queries;
    }
    async create(body, reply) {
        const product = await this.commands.execute(new create_product_command_1.CreateProductCommand(body));
        reply.header('location', `/api/v1/products/${product.id}`).header('etag', `"${product.version}"`);
        return this.queries.execute(new get_product_query_1.GetProductQuery(product.id));
    }
    async list(query) {
        const after = query.cursor ? (0, pagination_1.decodeCursor)(query.cursor).id : undefined;
        const page = await this.queries.execute(new list_products_query_1.ListProductsQuery(query.limit, after));
        return { items: page.items, nextCursor: page.lastId ? (0, pagination_1.encodeCursor)({ id: page.lastId }) : null };
    }
    async get(id, reply) {
        const product = await this.queries.execute(new get_product_query_1.GetProductQuery(id, true));
        reply.header('etag', `"${product.version}"`);
        return product;
    }
    async update(id, body, ifMatch, reply) {
        await this.commands.execute(new update_product_command_1.UpdateProductCommand(id, body, (0, if_match_1.parseIfMatch)(ifMatch)));
        const product = await this.queries.execute(new get_product_query_1.GetProductQuery(id));
        reply.header('etag', `"${product.version}"`);
        return product;
    }
    async delete(id, ifMatch) {
        await this.commands.execute(new delete_product_command_1.DeleteProductCommand(id, (0, if_match_1.parseIfMatch)(ifMatch)));
    }
};
exports.ProductsController = ProductsController;
__decorate([
    (0, common_1.Post)(),
    (0, auth_decorators_1.AdminOnly)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Create a product',
        description: 'Admin only. 409 when the SKU is taken. The other modules learn of the product from its ' +
            '`catalog.product-created.v1` event, shortly after this returns.',
    }),
    (0, swagger_1.ApiCreatedResponse)({ type: product_response_1.ProductResponse }),
    (0, problem_schema_1.ApiProblems)(400, 401, 403, 409, 413, 415),
    __param(0, (0, common_1.Body)()),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_product_request_1.CreateProductRequest, Object]),
    __metadata("design:returntype", Promise)
], ProductsController.prototype, "create", null);
__decorate([
    (0, common_1.Get)(),
    (0, swagger_1.ApiOperation)({
        summary: 'List products in creation order',
        description: 'Keyset pages: pass the `nextCursor` of a page as `cursor` to get the next one; null on the last page.',
    }),
    (0, pagination_1.ApiPage)(product_response_1.ProductResponse),
    (0, problem_schema_1.ApiProblems)(400),
    __param(0, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [pagination_1.PageQueryDto]),
    __metadata("design:returntype", Promise)
], ProductsController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    (0, swagger_1.ApiOperation)({
        summary: 'Get a product with its rating and availability',
        description: 'Rating and availability are copied from rating and inventory events, so they trail those modules ' +
            'slightly. The `ETag` header carries the version to send as `If-Match` on changes.',
    }),
    (0, swagger_1.ApiOkResponse)({ type: product_response_1.ProductResponse }),
    (0, problem_schema_1.ApiProblems)(400, 404),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ProductsController.prototype, "get", null);
__decorate([
    (0, common_1.Patch)(':id'),
    (0, auth_decorators_1.AdminOnly)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Change name, description or price',
        description: 'Admin only. Fields left out stay as they are; with `If-Match`, 412 when the product changed since.',
    }),
    (0, swagger_1.ApiHeader)(IF_MATCH),
    (0, swagger_1.ApiOkResponse)({ type: product_response_1.ProductResponse }),
    (0, problem_schema_1.ApiProblems)(400, 401, 403, 404, 412, 413, 415),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, common_1.Headers)('if-match')),
    __param(3, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, update_product_request_1.UpdateProductRequest, Object, Object]),
    __metadata("design:returntype", Promise)
], ProductsController.prototype, "update", null);
__decorate([
    (0, common_1.Delete)(':id'),
    (0, common_1.HttpCode)(204),
    (0, auth_decorators_1.AdminOnly)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Delete a product',
        description: 'Admin only. Its reviews, ratings, stock and search entry follow through the product-deleted event.',
    }),
    (0, swagger_1.ApiHeader)(IF_MATCH),
    (0, swagger_1.ApiNoContentResponse)({ description: 'Deleted' }),
    (0, problem_schema_1.ApiProblems)(400, 401, 403, 404, 412),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Headers)('if-match')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ProductsController.prototype, "delete", null);
exports.ProductsController = ProductsController = __decorate([
    (0, swagger_1.ApiTags)('products'),
    (0, common_1.Controller)('products'),
    __metadata("design:paramtypes", [cqrs_1.CommandBus,
        cqrs_1.QueryBus])
], ProductsController);
//# sourceMappingURL=products.controller.js.map