import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `reviews.products`: the module's projection of catalog products, fed by catalog events. */
@Entity({ schema: 'reviews', name: 'products' })
export class ReviewedProductEntity {
  @PrimaryColumn('uuid', { name: 'product_id' })
  productId!: string;

  /** A tombstone: once true it never goes back, whatever order events arrive in. */
  @Column('boolean')
  deleted!: boolean;

  /** Stream version of the last applied catalog event about the product. */
  @Column('integer')
  version!: number;
}
