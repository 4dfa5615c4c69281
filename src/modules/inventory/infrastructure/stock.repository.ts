import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { StreamVersionConflictError } from '../../../shared/messaging/outbox/stream-version-conflict';
import { stockStreamId } from '../contracts';
import { Reservation, Stock } from '../domain/stock';
import { ReservationEntity } from './reservation.entity';
import { StockEntity } from './stock.entity';

/** A stock as its read model holds it: the fold's levels plus the views counted beside the stream. */
export type StockRow = Stock & { views: number };

const toRow = (row: StockEntity): StockRow => ({
  productId: row.productId,
  onHand: row.onHand,
  reserved: row.reserved,
  views: row.views,
  deleted: row.deleted,
  version: row.version,
});

/**
 * `inventory.stock`, the read model of the event-sourced stock (written in the transaction of every
 * append, so it is never behind its stream), and `inventory.reservations`.
 */
@Injectable()
export class StockRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(productId: string): Promise<StockRow | undefined> {
    const row = await this.dataSource.getRepository(StockEntity).findOneBy({ productId });
    return row ? toRow(row) : undefined;
  }

  /**
   * Moves the read model from `expectedVersion` to the stock's version and returns its views. No lock
   * is taken to decide: if another writer moved the row first, the guard matches nothing and the
   * change is refused as a conflict (the caller decides again on the new state).
   */
  async save(manager: EntityManager, stock: Stock, expectedVersion: number): Promise<number> {
    const rows: { views: string }[] = await manager.query(
      `INSERT INTO inventory.stock AS s (product_id, on_hand, reserved, views, deleted, version)
       VALUES ($1, $2, $3, 0, $4, $5)
       ON CONFLICT (product_id) DO UPDATE
         SET on_hand = EXCLUDED.on_hand, reserved = EXCLUDED.reserved, deleted = EXCLUDED.deleted,
             version = EXCLUDED.version
         WHERE s.version = $6
       RETURNING views`,
      [stock.productId, stock.onHand, stock.reserved, stock.deleted, stock.version, expectedVersion],
    );
    if (rows.length === 0) throw new StreamVersionConflictError(stockStreamId(stock.productId), expectedVersion);
    return Number(rows[0].views);
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
