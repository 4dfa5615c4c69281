"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.searchModule = exports.SearchModule = void 0;
const common_1 = require("@nestjs/common");
const apply_rating_summary_handler_1 = require("./event-handlers/apply-rating-summary.handler");
const apply_stock_levels_handler_1 = require("./event-handlers/apply-stock-levels.handler");
const index_product_created_handler_1 = require("./event-handlers/index-product-created.handler");
const index_product_updated_handler_1 = require("./event-handlers/index-product-updated.handler");
const index_review_text_handler_1 = require("./event-handlers/index-review-text.handler");
const remove_deleted_product_handler_1 = require("./event-handlers/remove-deleted-product.handler");
const remove_deleted_review_handler_1 = require("./event-handlers/remove-deleted-review.handler");
const search_controller_1 = require("./http/search.controller");
const migrations_1 = require("./infrastructure/migrations");
const search_index_reader_1 = require("./infrastructure/search-index.reader");
const search_index_repository_1 = require("./infrastructure/search-index.repository");
const search_products_handler_1 = require("./queries/search-products/search-products.handler");
let SearchModule = class SearchModule {
};
exports.SearchModule = SearchModule;
exports.SearchModule = SearchModule = __decorate([
    (0, common_1.Module)({
        controllers: [search_controller_1.SearchController],
        providers: [
            search_index_repository_1.SearchIndexRepository,
            search_index_reader_1.SearchIndexReader,
            search_products_handler_1.SearchProductsHandler,
            index_product_created_handler_1.IndexProductCreatedHandler,
            index_product_updated_handler_1.IndexProductUpdatedHandler,
            remove_deleted_product_handler_1.RemoveDeletedProductHandler,
            index_review_text_handler_1.IndexReviewTextHandler,
            remove_deleted_review_handler_1.RemoveDeletedReviewHandler,
            apply_rating_summary_handler_1.ApplyRatingSummaryHandler,
            apply_stock_levels_handler_1.ApplyStockLevelsHandler,
        ],
    })
], SearchModule);
/**
 * Search publishes nothing: it is a read model fed by catalog, reviews, rating and inventory events.
 * No entities: its tables are read and written with SQL (tsvector, trigrams, version-guarded updates).
 */
exports.searchModule = {
    name: 'search',
    nestModule: SearchModule,
    entities: [],
    migrations: migrations_1.SEARCH_MIGRATIONS,
    events: [],
};
//# sourceMappingURL=search.module.js.map