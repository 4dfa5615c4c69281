import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `rating.summaries`: the histogram of a product's current ratings, kept by the rating calculation. */
@Entity({ schema: 'rating', name: 'summaries' })
export class RatingSummaryEntity {
  @PrimaryColumn('uuid', { name: 'product_id' })
  productId!: string;

  @Column('integer')
  count!: number;

  @Column('integer')
  h1!: number;

  @Column('integer')
  h2!: number;

  @Column('integer')
  h3!: number;

  @Column('integer')
  h4!: number;

  @Column('integer')
  h5!: number;

  /** Counts changes; the version of stream `rating.summary:<productId>`. */
  @Column('integer')
  version!: number;
}
