import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `inventory.stock`: one row per product the catalog announced, kept (flagged) after deletion. */
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

  /** A tombstone, so a late or redelivered product-created cannot bring the product back. */
  @Column('boolean')
  deleted!: boolean;

  /** Version of the last event of stream `inventory.stock:<productId>`. */
  @Column('integer')
  version!: number;
}
