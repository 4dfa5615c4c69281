import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `rating.ratings`: each customer's current rating of a product (the write side). */
@Entity({ schema: 'rating', name: 'ratings' })
export class CustomerRatingEntity {
  @PrimaryColumn('uuid', { name: 'product_id' })
  productId!: string;

  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  /** Null once the customer removed the rating; the row stays so the stream version keeps counting. */
  @Column('smallint', { nullable: true })
  stars!: number | null;

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
