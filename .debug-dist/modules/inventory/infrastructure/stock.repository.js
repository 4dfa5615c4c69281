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
exports.StockRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const reservation_entity_1 = require("./reservation.entity");
const stock_entity_1 = require("./stock.entity");
const toDomain = (row) => ({
    productId: row.productId,
    onHand: row.onHand,
    reserved: row.reserved,
    views: row.views,
    deleted: row.deleted,
    version: row.version,
});
/** Reads and writes `inventory.stock` and `inventory.reservations`; writes take the caller's transaction. */
let StockRepository = class StockRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async find(productId) {
        const row = await this.dataSource.getRepository(stock_entity_1.StockEntity).findOneBy({ productId });
        return row ? toDomain(row) : undefined;
    }
    /**
     * Loads and row-locks a stock for a change: concurrent reservations of one product queue here, so
     * each one decides on the levels the previous one left (no read-then-write race).
     */
    async findForUpdate(manager, productId) {
        const row = await manager
            .getRepository(stock_entity_1.StockEntity)
            .createQueryBuilder('s')
            .setLock('pessimistic_write')
            .where('s.productId = :productId', { productId })
            .getOne();
        return row ? toDomain(row) : undefined;
    }
    /** Inserts the stock unless the product is already known (created twice, or deleted first). */
    async insertIfAbsent(manager, stock) {
        await manager.createQueryBuilder().insert().into(stock_entity_1.StockEntity).values(stock).orIgnore().execute();
    }
    /** Flags the product deleted, leaving a tombstone even when its creation has not arrived yet. */
    async markDeleted(manager, productId) {
        await manager
            .createQueryBuilder()
            .insert()
            .into(stock_entity_1.StockEntity)
            .values({ productId, onHand: 0, reserved: 0, views: 0, deleted: true, version: 0 })
            .orUpdate(['deleted'], ['product_id'])
            .execute();
    }
    /** Saves levels and version after a change; views are left to their own counter. */
    async saveLevels(manager, stock) {
        await manager
            .getRepository(stock_entity_1.StockEntity)
            .update({ productId: stock.productId }, { onHand: stock.onHand, reserved: stock.reserved, version: stock.version });
    }
    async insertReservation(manager, reservation) {
        await manager.getRepository(reservation_entity_1.ReservationEntity).insert({
            id: reservation.id,
            productId: reservation.productId,
            customerId: reservation.customerId,
            quantity: reservation.quantity,
        });
    }
    /** Adds views of products inventory knows; a batch for an unknown product is dropped (telemetry). */
    async addViews(manager, productId, views) {
        await manager.getRepository(stock_entity_1.StockEntity).increment({ productId }, 'views', views);
    }
};
exports.StockRepository = StockRepository;
exports.StockRepository = StockRepository = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], StockRepository);
//# sourceMappingURL=stock.repository.js.map