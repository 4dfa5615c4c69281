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
exports.ReviewRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const reviews_errors_1 = require("../domain/reviews.errors");
const review_entity_1 = require("./review.entity");
const ONE_PER_AUTHOR = 'reviews_one_per_author_idx';
const toDomain = (row) => ({
    id: row.id,
    productId: row.productId,
    authorId: row.authorId,
    title: row.title,
    body: row.body,
    version: row.version,
});
const isDuplicateReview = (error) => {
    if (!(error instanceof typeorm_1.QueryFailedError))
        return false;
    const { code, constraint } = error.driverError;
    return code === '23505' && constraint === ONE_PER_AUTHOR;
};
/** Reads and writes `reviews.reviews`; writes take the caller's transaction, reads see live reviews only. */
let ReviewRepository = class ReviewRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Loads and row-locks a live review, so concurrent edits and deletions serialise on its version. */
    async findForUpdate(manager, id) {
        const row = await manager
            .getRepository(review_entity_1.ReviewEntity)
            .createQueryBuilder('r')
            .setLock('pessimistic_write')
            .where('r.id = :id AND r.deletedAt IS NULL', { id })
            .getOne();
        return row ? toDomain(row) : undefined;
    }
    /** Concurrent duplicates wait on the unique index; all but the first fail with a conflict. */
    async insert(manager, review) {
        try {
            await manager.getRepository(review_entity_1.ReviewEntity).insert({ ...review });
        }
        catch (error) {
            if (isDuplicateReview(error))
                throw new reviews_errors_1.ReviewAlreadyExistsError(review.productId);
            throw error;
        }
    }
    async update(manager, review) {
        await manager
            .getRepository(review_entity_1.ReviewEntity)
            .update({ id: review.id }, { title: review.title, body: review.body, version: review.version, updatedAt: new Date() });
    }
    async markDeleted(manager, id, version) {
        const now = new Date();
        await manager.getRepository(review_entity_1.ReviewEntity).update({ id }, { version, deletedAt: now, updatedAt: now });
    }
    /** Deletes every live review of a product in one statement; returns them at their new versions. */
    async markDeletedForProduct(manager, productId) {
        const result = await manager
            .createQueryBuilder()
            .update(review_entity_1.ReviewEntity)
            .set({ version: () => 'version + 1', deletedAt: () => 'now()', updatedAt: () => 'now()' })
            .where('product_id = :productId AND deleted_at IS NULL', { productId })
            .returning(['id', 'authorId', 'version'])
            .execute();
        const rows = result.raw;
        return rows.map((row) => ({ id: row.id, authorId: row.author_id, version: row.version }));
    }
    findLive(id) {
        return this.dataSource.getRepository(review_entity_1.ReviewEntity).findOneBy({ id, deletedAt: (0, typeorm_1.IsNull)() });
    }
    /** Keyset page, newest first: ids are UUID v7, so descending id order is descending creation order. */
    listLiveForProduct(productId, beforeId, limit) {
        const query = this.dataSource
            .getRepository(review_entity_1.ReviewEntity)
            .createQueryBuilder('r')
            .where('r.productId = :productId AND r.deletedAt IS NULL', { productId })
            .orderBy('r.id', 'DESC')
            .limit(limit);
        if (beforeId)
            query.andWhere('r.id < :beforeId', { beforeId });
        return query.getMany();
    }
};
exports.ReviewRepository = ReviewRepository;
exports.ReviewRepository = ReviewRepository = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], ReviewRepository);
