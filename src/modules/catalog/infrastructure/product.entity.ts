import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `catalog.products`: the product plus catalog's own projection of rating and stock events. */
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

  @Column('numeric', {
    name: 'rating_average',
    precision: 4,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  ratingAverage!: number;

  @Column('integer', { name: 'rating_count' })
  ratingCount!: number;

  /** Stream version of the last applied rating event; older ones are ignored. */
  @Column('integer', { name: 'rating_version' })
  ratingVersion!: number;

  @Column('integer')
  available!: number;

  @Column('boolean', { name: 'in_stock' })
  inStock!: boolean;

  /** Stream version of the last applied stock event; older ones are ignored. */
  @Column('integer', { name: 'stock_version' })
  stockVersion!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
