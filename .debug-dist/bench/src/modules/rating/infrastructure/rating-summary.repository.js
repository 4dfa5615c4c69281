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
exports.RatingSummaryRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const histogram_1 = require("../domain/histogram");
const rating_tally_1 = require("../domain/rating-tally");
const rating_summary_entity_1 = require("./rating-summary.entity");
const stored_stars_1 = require("./stored-stars");
const summary_vote_entity_1 = require("./summary-vote.entity");
const toTally = (row) => ({
    histogram: { 1: row.h1, 2: row.h2, 3: row.h3, 4: row.h4, 5: row.h5 },
    version: row.version,
});
/** Reads and writes `rating.summaries` and `rating.summary_votes`, the rating calculation's state. */
let RatingSummaryRepository = class RatingSummaryRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async findTally(productId) {
        const row = await this.dataSource.getRepository(rating_summary_entity_1.RatingSummaryEntity).findOneBy({ productId });
        return row ? toTally(row) : undefined;
    }
    /**
     * Creates the product's summary if needed and row-locks it: every change to a product's votes
     * goes through this lock first, so the histogram and the votes stay consistent under concurrent
     * deliveries.
     */
    async lockTally(manager, productId) {
        await manager.createQueryBuilder().insert().into(rating_summary_entity_1.RatingSummaryEntity).values({ productId }).orIgnore().execute();
        const row = await manager
            .getRepository(rating_summary_entity_1.RatingSummaryEntity)
            .createQueryBuilder('s')
            .setLock('pessimistic_write')
            .where('s.productId = :productId', { productId })
            .getOneOrFail();
        return toTally(row);
    }
    async saveTally(manager, productId, { histogram, version }) {
        await manager.getRepository(rating_summary_entity_1.RatingSummaryEntity).update({ productId }, {
            count: (0, histogram_1.countOf)(histogram),
            h1: histogram[1],
            h2: histogram[2],
            h3: histogram[3],
            h4: histogram[4],
            h5: histogram[5],
            version,
        });
    }
    /** The vote as last tallied; call after `lockTally`, whose lock also guards the product's votes. */
    async findVote(manager, productId, userId) {
        const row = await manager.getRepository(summary_vote_entity_1.SummaryVoteEntity).findOneBy({ productId, userId });
        return row ? { stars: (0, stored_stars_1.storedStars)(row.stars), version: row.version } : rating_tally_1.NO_VOTE;
    }
    async saveVote(manager, productId, userId, vote) {
        await manager.getRepository(summary_vote_entity_1.SummaryVoteEntity).upsert({ productId, userId, ...vote }, ['productId', 'userId']);
    }
};
exports.RatingSummaryRepository = RatingSummaryRepository;
exports.RatingSummaryRepository = RatingSummaryRepository = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], RatingSummaryRepository);
