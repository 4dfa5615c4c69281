import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `inventory.stock`: the read model of the event-sourced stock, one row per stream, moved in the
 * transaction of every append (so it equals the fold at `version`), plus the views counted beside it.
 */
@Entity({ schema: 'inventory', name: 'stock' })
export class StockEntity {
  @PrimaryColumn('uuid', { name: 'product_id' })
  productId!: string;

  @Column('integer', { name: 'on_hand' })
  onHand!: number;

  @Column('integer')
  reserved!: number;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  views!: number;

  /** The stream ended with stock-closed: a tombstone the API answers 404 for. */
  @Column('boolean')
  deleted!: boolean;

  /** Version of the last event of stream `inventory.stock:<productId>`. */
  @Column('integer')
  version!: number;
}
