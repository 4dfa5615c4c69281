import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { countOf } from '../domain/histogram';
import { RatingTally, TalliedVote } from '../domain/rating-tally';
import { SummaryVote, productKey, voteKey } from '../event-handlers/rating-summary.fold';
import { RatingSummaryEntity } from './rating-summary.entity';
import { storedStars } from './stored-stars';

interface TallyRow {
  product_id: string;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  h5: number;
  version: number;
}

const toTally = (row: Omit<TallyRow, 'product_id'>): RatingTally => ({
  histogram: { 1: row.h1, 2: row.h2, 3: row.h3, 4: row.h4, 5: row.h5 },
  version: row.version,
});

/**
 * Reads and writes `rating.summaries` and `rating.summary_votes`, the rating calculation's state,
 * a set of products at a time (one statement each, with array parameters).
 */
@Injectable()
export class RatingSummaryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findTally(productId: string): Promise<RatingTally | undefined> {
    const row = await this.dataSource.getRepository(RatingSummaryEntity).findOneBy({ productId });
    return row ? toTally(row) : undefined;
  }

  /**
   * Creates the products' summaries if needed and row-locks them (in id order, so concurrent
   * callers cannot deadlock): every change to a product's votes goes through this lock first, so
   * the histogram and the votes stay consistent under concurrent deliveries. Keyed by `productKey`.
   */
  async lockTallies(manager: EntityManager, productIds: readonly string[]): Promise<Map<string, RatingTally>> {
    const ids = [...new Set(productIds.map(productKey))].sort();
    await manager.query(
      `INSERT INTO rating.summaries (product_id) SELECT unnest($1::uuid[]) ORDER BY 1 ON CONFLICT DO NOTHING`,
      [ids],
    );
    const rows: TallyRow[] = await manager.query(
      `SELECT product_id, h1, h2, h3, h4, h5, version FROM rating.summaries
       WHERE product_id = ANY($1::uuid[]) ORDER BY product_id FOR UPDATE`,
      [ids],
    );
    return new Map(rows.map((row) => [row.product_id, toTally(row)]));
  }

  /** The votes as last tallied, keyed by `voteKey`; call after `lockTallies`, whose locks also guard the votes. */
  async findVotes(
    manager: EntityManager,
    keys: readonly { productId: string; userId: string }[],
  ): Promise<Map<string, TalliedVote>> {
    const unique = [...new Map(keys.map((key) => [voteKey(key.productId, key.userId), key])).values()];
    const rows: { product_id: string; user_id: string; stars: number | null; version: number }[] = await manager.query(
      `SELECT v.product_id, v.user_id, v.stars, v.version
       FROM rating.summary_votes v JOIN unnest($1::uuid[], $2::text[]) AS k (product_id, user_id) USING (product_id, user_id)`,
      [unique.map((key) => key.productId), unique.map((key) => key.userId)],
    );
    return new Map(
      rows.map((row) => [
        voteKey(row.product_id, row.user_id),
        { stars: storedStars(row.stars), version: row.version },
      ]),
    );
  }

  /** Stores the votes; at most one per (product, customer). */
  async saveVotes(manager: EntityManager, votes: readonly SummaryVote[]): Promise<void> {
    if (votes.length === 0) return;
    await manager.query(
      `INSERT INTO rating.summary_votes (product_id, user_id, stars, version)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::smallint[], $4::integer[])
       ON CONFLICT (product_id, user_id) DO UPDATE SET stars = EXCLUDED.stars, version = EXCLUDED.version`,
      [
        votes.map((vote) => vote.productId),
        votes.map((vote) => vote.userId),
        votes.map((vote) => vote.vote.stars),
        votes.map((vote) => vote.vote.version),
      ],
    );
  }

  /** Updates the tallies of products whose summary rows exist (`lockTallies` made sure). */
  async saveTallies(manager: EntityManager, tallies: ReadonlyMap<string, RatingTally>): Promise<void> {
    if (tallies.size === 0) return;
    const entries = [...tallies];
    const column = (pick: (tally: RatingTally) => number) => entries.map(([, tally]) => pick(tally));
    await manager.query(
      `UPDATE rating.summaries s
       SET count = t.count, h1 = t.h1, h2 = t.h2, h3 = t.h3, h4 = t.h4, h5 = t.h5, version = t.version
       FROM unnest($1::uuid[], $2::integer[], $3::integer[], $4::integer[], $5::integer[], $6::integer[],
                   $7::integer[], $8::integer[]) AS t (product_id, count, h1, h2, h3, h4, h5, version)
       WHERE s.product_id = t.product_id`,
      [
        entries.map(([productId]) => productId),
        column((tally) => countOf(tally.histogram)),
        column((tally) => tally.histogram[1]),
        column((tally) => tally.histogram[2]),
        column((tally) => tally.histogram[3]),
        column((tally) => tally.histogram[4]),
        column((tally) => tally.histogram[5]),
        column((tally) => tally.version),
      ],
    );
  }
}
