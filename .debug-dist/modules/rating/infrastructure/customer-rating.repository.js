"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CustomerRatingRepository = void 0;
const common_1 = require("@nestjs/common");
const customer_rating_1 = require("../domain/customer-rating");
const customer_rating_entity_1 = require("./customer-rating.entity");
const stored_stars_1 = require("./stored-stars");
const toDomain = (row) => ({
    productId: row.productId,
    userId: row.userId,
    stars: (0, stored_stars_1.storedStars)(row.stars),
    version: row.version,
});
/** Reads and writes `rating.ratings` inside the caller's transaction. */
let CustomerRatingRepository = class CustomerRatingRepository {
    /** Row-locks the customer's rating, so that concurrent changes by the same customer run one after another. */
    async findForUpdate(manager, productId, userId) {
        const row = await manager
            .getRepository(customer_rating_entity_1.CustomerRatingEntity)
            .createQueryBuilder('r')
            .setLock('pessimistic_write')
            .where('r.productId = :productId AND r.userId = :userId', { productId, userId })
            .getOne();
        return row ? toDomain(row) : (0, customer_rating_1.unrated)(productId, userId);
    }
    /**
     * Like `findForUpdate`, but first makes sure a row exists to lock: two first ratings racing each
     * other then queue on that row instead of one failing on the primary key.
     */
    async lockOrCreate(manager, productId, userId) {
        await manager
            .createQueryBuilder()
            .insert()
            .into(customer_rating_entity_1.CustomerRatingEntity)
            .values({ productId, userId, stars: null, version: 0 })
            .orIgnore()
            .execute();
        return this.findForUpdate(manager, productId, userId);
    }
    async save(manager, rating) {
        await manager
            .getRepository(customer_rating_entity_1.CustomerRatingEntity)
            .update({ productId: rating.productId, userId: rating.userId }, { stars: rating.stars, version: rating.version, updatedAt: new Date() });
    }
};
exports.CustomerRatingRepository = CustomerRatingRepository;
exports.CustomerRatingRepository = CustomerRatingRepository = __decorate([
    (0, common_1.Injectable)()
], CustomerRatingRepository);
//# sourceMappingURL=customer-rating.repository.js.map