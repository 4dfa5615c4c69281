import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { countOf } from '../domain/histogram';
import { NO_VOTE, RatingTally, TalliedVote } from '../domain/rating-tally';
import { RatingSummaryEntity } from './rating-summary.entity';
import { storedStars } from './stored-stars';
import { SummaryVoteEntity } from './summary-vote.entity';

const toTally = (row: RatingSummaryEntity): RatingTally => ({
  histogram: { 1: row.h1, 2: row.h2, 3: row.h3, 4: row.h4, 5: row.h5 },
  version: row.version,
});

/** Reads and writes `rating.summaries` and `rating.summary_votes`, the rating calculation's state. */
@Injectable()
export class RatingSummaryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findTally(productId: string): Promise<RatingTally | undefined> {
    const row = await this.dataSource.getRepository(RatingSummaryEntity).findOneBy({ productId });
    return row ? toTally(row) : undefined;
  }

  /**
   * Creates the product's summary if needed and row-locks it: every change to a product's votes
   * goes through this lock first, so the histogram and the votes stay consistent under concurrent
   * deliveries.
   */
  async lockTally(manager: EntityManager, productId: string): Promise<RatingTally> {
    await manager.createQueryBuilder().insert().into(RatingSummaryEntity).values({ productId }).orIgnore().execute();
    const row = await manager
      .getRepository(RatingSummaryEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.productId = :productId', { productId })
      .getOneOrFail();
    return toTally(row);
  }

  async saveTally(manager: EntityManager, productId: string, { histogram, version }: RatingTally): Promise<void> {
    await manager.getRepository(RatingSummaryEntity).update(
      { productId },
      {
        count: countOf(histogram),
        h1: histogram[1],
        h2: histogram[2],
        h3: histogram[3],
        h4: histogram[4],
        h5: histogram[5],
        version,
      },
    );
  }

  /** The vote as last tallied; call after `lockTally`, whose lock also guards the product's votes. */
  async findVote(manager: EntityManager, productId: string, userId: string): Promise<TalliedVote> {
    const row = await manager.getRepository(SummaryVoteEntity).findOneBy({ productId, userId });
    return row ? { stars: storedStars(row.stars), version: row.version } : NO_VOTE;
  }

  async saveVote(manager: EntityManager, productId: string, userId: string, vote: TalliedVote): Promise<void> {
    await manager.getRepository(SummaryVoteEntity).upsert({ productId, userId, ...vote }, ['productId', 'userId']);
  }
}
