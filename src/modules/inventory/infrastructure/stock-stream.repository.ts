import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { stockStreamId } from '../contracts';
import { Stock, StockChange } from '../domain/stock';
import { StockSnapshot, foldStock, snapshotDue } from '../domain/stock-fold';
import { INVENTORY_SETTINGS, InventorySettings } from '../inventory.settings';
import { StockRepository } from './stock.repository';
import { StoredStockEvent, decodeStockEvent, recordStockEvents } from './stock-event.codec';

interface LoadedRow {
  snapshot_version: number | null;
  on_hand: number | null;
  reserved: number | null;
  deleted: boolean | null;
  events: StoredStockEvent[];
}

/**
 * The event-sourced stock: loads a stock as its latest snapshot plus the events after it (one round
 * trip), and appends a decision's events with the read model and, every N events, a snapshot, all in
 * the caller's transaction.
 */
@Injectable()
export class StockStreamRepository {
  constructor(
    private readonly readModel: StockRepository,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {}

  async load(manager: EntityManager, productId: string): Promise<Stock | undefined> {
    const [row]: LoadedRow[] = await manager.query(
      `SELECT s.version AS snapshot_version, s.on_hand, s.reserved, s.deleted,
              (SELECT coalesce(json_agg(json_build_object('type', e.type, 'version', e.stream_version, 'payload', e.payload)
                                        ORDER BY e.stream_version), '[]'::json)
                 FROM messaging.event_store e
                WHERE e.stream_id = $2 AND e.stream_version > coalesce(s.version, 0)) AS events
       FROM (SELECT 1) AS one LEFT JOIN inventory.stock_snapshots s ON s.product_id = $1`,
      [productId, stockStreamId(productId)],
    );
    const snapshot: StockSnapshot | undefined =
      row.snapshot_version === null
        ? undefined
        : {
            productId,
            onHand: row.on_hand!,
            reserved: row.reserved!,
            deleted: row.deleted!,
            version: row.snapshot_version,
          };
    return foldStock(
      productId,
      row.events.map((event) => decodeStockEvent(productId, event)),
      snapshot,
    );
  }

  /**
   * Records the change's events on their stream versions and moves the read model; returns the
   * stock's views. A concurrent append surfaces as a stream version conflict, here or at commit.
   */
  async append(tx: Transaction, change: StockChange): Promise<number> {
    const { before, stock, events } = change;
    const from = before?.version ?? 0;
    const views = await this.readModel.save(tx.manager, stock, from);
    recordStockEvents(tx, stock.productId, events);
    if (snapshotDue(from, stock.version, this.settings.snapshotEvery)) await this.saveSnapshot(tx.manager, stock);
    return views;
  }

  /** Keeps only the latest snapshot: loading never needs an older one. */
  private async saveSnapshot(manager: EntityManager, stock: Stock): Promise<void> {
    await manager.query(
      `INSERT INTO inventory.stock_snapshots AS s (product_id, version, on_hand, reserved, deleted)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (product_id) DO UPDATE
         SET version = EXCLUDED.version, on_hand = EXCLUDED.on_hand, reserved = EXCLUDED.reserved,
             deleted = EXCLUDED.deleted, taken_at = now()
         WHERE s.version < EXCLUDED.version`,
      [stock.productId, stock.version, stock.onHand, stock.reserved, stock.deleted],
    );
  }
}
