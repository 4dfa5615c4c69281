import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `rating.summary_votes`: the rating calculation's own record of each customer's vote and the last
 * stream version applied, so stale or reordered events cannot skew the summary.
 */
@Entity({ schema: 'rating', name: 'summary_votes' })
export class SummaryVoteEntity {
  @PrimaryColumn('uuid', { name: 'product_id' })
  productId!: string;

  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @Column('smallint', { nullable: true })
  stars!: number | null;

  @Column('integer')
  version!: number;
}
