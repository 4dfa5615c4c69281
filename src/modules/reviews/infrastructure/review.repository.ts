import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, QueryFailedError } from 'typeorm';
import { Review } from '../domain/review';
import { ReviewAlreadyExistsError } from '../domain/reviews.errors';
import { ReviewEntity } from './review.entity';

const ONE_PER_AUTHOR = 'reviews_one_per_author_idx';

/** A review swept away with its product, at the version of its deletion. */
export type DeletedReview = Pick<Review, 'id' | 'authorId' | 'version'>;

/** A review with the times it was written at, as stored. */
export interface StoredReview extends Review {
  createdAt: Date;
  updatedAt: Date;
}

const toStored = (row: ReviewEntity): StoredReview => ({
  id: row.id,
  productId: row.productId,
  authorId: row.authorId,
  title: row.title,
  body: row.body,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const isDuplicateReview = (error: unknown): boolean => {
  if (!(error instanceof QueryFailedError)) return false;
  const { code, constraint } = error.driverError as { code?: string; constraint?: string };
  return code === '23505' && constraint === ONE_PER_AUTHOR;
};

/** Reads and writes `reviews.reviews`; writes take the caller's transaction, reads see live reviews only. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Loads and row-locks a live review, so concurrent edits and deletions serialise on its version. */
  async findForUpdate(manager: EntityManager, id: string): Promise<StoredReview | undefined> {
    const row = await manager
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id AND r.deletedAt IS NULL', { id })
      .getOne();
    return row ? toStored(row) : undefined;
  }

  /**
   * Inserts the review if its product is known and not deleted (null otherwise), in one statement.
   * The product row is share-locked for the rest of the transaction, so a concurrent product-deleted
   * waits for the review (and then deletes it too) instead of missing it. Concurrent duplicates wait
   * on the unique index; all but the first fail with a conflict.
   */
  async insertIfReviewable(manager: EntityManager, review: Review): Promise<StoredReview | null> {
    let rows: Array<{ created_at: Date; updated_at: Date }>;
    try {
      rows = await manager.query(
        `INSERT INTO reviews.reviews (id, product_id, author_id, title, body, version)
         SELECT $1::uuid, p.product_id, $3::text, $4::text, $5::text, $6::integer FROM reviews.products p
         WHERE p.product_id = $2 AND NOT p.deleted FOR SHARE
         RETURNING created_at, updated_at`,
        [review.id, review.productId, review.authorId, review.title, review.body, review.version],
      );
    } catch (error) {
      if (isDuplicateReview(error)) throw new ReviewAlreadyExistsError(review.productId);
      throw error;
    }
    return rows.length === 0 ? null : { ...review, createdAt: rows[0].created_at, updatedAt: rows[0].updated_at };
  }

  async update(manager: EntityManager, review: Review, updatedAt: Date): Promise<void> {
    await manager
      .getRepository(ReviewEntity)
      .update({ id: review.id }, { title: review.title, body: review.body, version: review.version, updatedAt });
  }

  async markDeleted(manager: EntityManager, id: string, version: number): Promise<void> {
    const now = new Date();
    await manager.getRepository(ReviewEntity).update({ id }, { version, deletedAt: now, updatedAt: now });
  }

  /** Deletes every live review of a product in one statement; returns them at their new versions. */
  async markDeletedForProduct(manager: EntityManager, productId: string): Promise<DeletedReview[]> {
    const result = await manager
      .createQueryBuilder()
      .update(ReviewEntity)
      .set({ version: () => 'version + 1', deletedAt: () => 'now()', updatedAt: () => 'now()' })
      .where('product_id = :productId AND deleted_at IS NULL', { productId })
      .returning(['id', 'authorId', 'version'])
      .execute();
    const rows = result.raw as Array<{ id: string; author_id: string; version: number }>;
    return rows.map((row) => ({ id: row.id, authorId: row.author_id, version: row.version }));
  }

  findLive(id: string): Promise<ReviewEntity | null> {
    return this.dataSource.getRepository(ReviewEntity).findOneBy({ id, deletedAt: IsNull() });
  }

  /** Keyset page, newest first: ids are UUID v7, so descending id order is descending creation order. */
  listLiveForProduct(productId: string, beforeId: string | undefined, limit: number): Promise<ReviewEntity[]> {
    const query = this.dataSource
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .where('r.productId = :productId AND r.deletedAt IS NULL', { productId })
      .orderBy('r.id', 'DESC')
      .limit(limit);
    if (beforeId) query.andWhere('r.id < :beforeId', { beforeId });
    return query.getMany();
  }
}
