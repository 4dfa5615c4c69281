import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `reviews.reviews`: a deleted review keeps its row (and stream version) with `deletedAt` set. */
@Entity({ schema: 'reviews', name: 'reviews' })
export class ReviewEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('text', { name: 'author_id' })
  authorId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
