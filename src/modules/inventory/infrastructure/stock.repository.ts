import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Reservation, Stock } from '../domain/stock';
import { ReservationEntity } from './reservation.entity';
import { StockEntity } from './stock.entity';

const toDomain = (row: StockEntity): Stock => ({
  productId: row.productId,
  onHand: row.onHand,
  reserved: row.reserved,
  views: row.views,
  deleted: row.deleted,
  version: row.version,
});

/** Reads and writes `inventory.stock` and `inventory.reservations`; writes take the caller's transaction. */
@Injectable()
export class StockRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(productId: string): Promise<Stock | undefined> {
    const row = await this.dataSource.getRepository(StockEntity).findOneBy({ productId });
    return row ? toDomain(row) : undefined;
  }

  /**
   * Loads and row-locks a stock for a change: concurrent reservations of one product queue here, so
   * each one decides on the levels the previous one left (no read-then-write race).
   */
  async findForUpdate(manager: EntityManager, productId: string): Promise<Stock | undefined> {
    const row = await manager
      .getRepository(StockEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.productId = :productId', { productId })
      .getOne();
    return row ? toDomain(row) : undefined;
  }

  /** Inserts the stock unless the product is already known (created twice, or deleted first). */
  async insertIfAbsent(manager: EntityManager, stock: Stock): Promise<void> {
    await manager.createQueryBuilder().insert().into(StockEntity).values(stock).orIgnore().execute();
  }

  /** Flags the product deleted, leaving a tombstone even when its creation has not arrived yet. */
  async markDeleted(manager: EntityManager, productId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(StockEntity)
      .values({ productId, onHand: 0, reserved: 0, views: 0, deleted: true, version: 0 })
      .orUpdate(['deleted'], ['product_id'])
      .execute();
  }

  /** Saves levels and version after a change; views are left to their own counter. */
  async saveLevels(manager: EntityManager, stock: Stock): Promise<void> {
    await manager
      .getRepository(StockEntity)
      .update(
        { productId: stock.productId },
        { onHand: stock.onHand, reserved: stock.reserved, version: stock.version },
      );
  }

  async insertReservation(manager: EntityManager, reservation: Reservation): Promise<void> {
    await manager.getRepository(ReservationEntity).insert({
      id: reservation.id,
      productId: reservation.productId,
      customerId: reservation.customerId,
      quantity: reservation.quantity,
    });
  }

  /** Adds views of products inventory knows; a batch for an unknown product is dropped (telemetry). */
  async addViews(manager: EntityManager, productId: string, views: number): Promise<void> {
    await manager.getRepository(StockEntity).increment({ productId }, 'views', views);
  }
}
