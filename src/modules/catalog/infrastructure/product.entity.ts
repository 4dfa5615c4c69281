import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `catalog.products`: the catalog's source of truth (its rating and stock enrichment is a projection beside it). */
@Entity({ schema: 'catalog', name: 'products' })
export class ProductEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  sku!: string;

  @Column('text')
  name!: string;

  @Column('text')
  description!: string;

  @Column('bigint', { name: 'price_amount', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  priceAmount!: number;

  @Column('char', { name: 'price_currency', length: 3 })
  priceCurrency!: string;

  @Column('integer', { name: 'initial_stock' })
  initialStock!: number;

  @Column('text', { array: true })
  categories!: string[];

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
