"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SearchIndexRepository = void 0;
const common_1 = require("@nestjs/common");
/**
 * Reviews beyond this many characters of a product are left out of its document (newest kept when
 * review ids are UUID v7): a tsvector is capped at 1 MB, and a document that cannot be built would
 * block every later event of the product.
 */
const MAX_REVIEW_TEXT = 100_000;
/**
 * Writes `search.documents` and `search.reviews` in the caller's (consumer's) transaction. Every
 * change is guarded by the stream version it comes from, so duplicates and late, older events are
 * no-ops whatever order they arrive in. The tsvector is a generated column and follows every change.
 */
let SearchIndexRepository = class SearchIndexRepository {
    async applyProductCreated(manager, product, createdAt, initialStock) {
        await this.ensureDocument(manager, product.productId);
        // The initial stock is the stock at version 0 of the stock stream: any stock event wins over it.
        await manager.query(`UPDATE search.documents SET
         created_at = coalesce(created_at, $2),
         available = CASE WHEN stock_version = 0 THEN $3 ELSE available END,
         in_stock = CASE WHEN stock_version = 0 THEN $3 > 0 ELSE in_stock END
       WHERE product_id = $1`, [product.productId, createdAt, initialStock]);
        await this.applyProductText(manager, product);
    }
    async applyProductText(manager, product) {
        await this.ensureDocument(manager, product.productId);
        await manager.query(`UPDATE search.documents SET name = $2, description = $3, product_version = $4
       WHERE product_id = $1 AND product_version < $4`, [product.productId, product.name, product.description, product.version]);
    }
    /** Deletion ends the product stream, so it always applies; the version shuts out older events. */
    async markProductDeleted(manager, productId, version) {
        await this.ensureDocument(manager, productId);
        await manager.query(`UPDATE search.documents SET deleted = true, product_version = greatest(product_version, $2) WHERE product_id = $1`, [productId, version]);
    }
    async applyRating(manager, productId, average, count, version) {
        await this.ensureDocument(manager, productId);
        await manager.query(`UPDATE search.documents SET rating_average = $2, rating_count = $3, rating_version = $4
       WHERE product_id = $1 AND rating_version < $4`, [productId, average, count, version]);
    }
    async applyStock(manager, productId, available, version) {
        await this.ensureDocument(manager, productId);
        await manager.query(`UPDATE search.documents SET available = $2, in_stock = $2 > 0, stock_version = $3
       WHERE product_id = $1 AND stock_version < $3`, [productId, available, version]);
    }
    async applyReview(manager, review) {
        await this.changeReviews(manager, review.productId, () => manager.query(`INSERT INTO search.reviews (review_id, product_id, title, body, version) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (review_id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, version = EXCLUDED.version
         WHERE search.reviews.version < EXCLUDED.version`, [review.reviewId, review.productId, review.title, review.body, review.version]));
    }
    async removeReview(manager, reviewId, productId, version) {
        await this.changeReviews(manager, productId, () => manager.query(`INSERT INTO search.reviews (review_id, product_id, title, body, version, deleted) VALUES ($1, $2, '', '', $3, true)
         ON CONFLICT (review_id) DO UPDATE SET title = '', body = '', version = EXCLUDED.version, deleted = true
         WHERE search.reviews.version < EXCLUDED.version`, [reviewId, productId, version]));
    }
    /**
     * Changes a product's reviews and rebuilds its review text. The document row is locked first, so
     * concurrent review events of one product take turns and each rebuild sees the others' reviews.
     */
    async changeReviews(manager, productId, change) {
        await this.ensureDocument(manager, productId);
        await manager.query(`SELECT 1 FROM search.documents WHERE product_id = $1 FOR UPDATE`, [productId]);
        await change();
        await manager.query(`UPDATE search.documents d SET review_text = coalesce((
         SELECT left(string_agg(r.title || E'\\n' || r.body, E'\\n' ORDER BY r.review_id DESC), $2)
         FROM search.reviews r WHERE r.product_id = d.product_id AND NOT r.deleted), '')
       WHERE d.product_id = $1`, [productId, MAX_REVIEW_TEXT]);
    }
    /** Events may arrive before product-created: every event first makes sure the product has a row. */
    async ensureDocument(manager, productId) {
        await manager.query(`INSERT INTO search.documents (product_id) VALUES ($1) ON CONFLICT (product_id) DO NOTHING`, [
            productId,
        ]);
    }
};
exports.SearchIndexRepository = SearchIndexRepository;
exports.SearchIndexRepository = SearchIndexRepository = __decorate([
    (0, common_1.Injectable)()
], SearchIndexRepository);
//# sourceMappingURL=search-index.repository.js.map