import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomerRating, unrated } from '../domain/customer-rating';
import { CustomerRatingEntity } from './customer-rating.entity';
import { storedStars } from './stored-stars';

const toDomain = (row: CustomerRatingEntity): CustomerRating => ({
  productId: row.productId,
  userId: row.userId,
  stars: storedStars(row.stars),
  version: row.version,
});

/** Reads and writes `rating.ratings` inside the caller's transaction. */
@Injectable()
export class CustomerRatingRepository {
  /** Row-locks the customer's rating, so that concurrent changes by the same customer run one after another. */
  async findForUpdate(manager: EntityManager, productId: string, userId: string): Promise<CustomerRating> {
    const row = await manager
      .getRepository(CustomerRatingEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.productId = :productId AND r.userId = :userId', { productId, userId })
      .getOne();
    return row ? toDomain(row) : unrated(productId, userId);
  }

  /**
   * Like `findForUpdate`, but first makes sure a row exists to lock: two first ratings racing each
   * other then queue on that row instead of one failing on the primary key.
   */
  async lockOrCreate(manager: EntityManager, productId: string, userId: string): Promise<CustomerRating> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CustomerRatingEntity)
      .values({ productId, userId, stars: null, version: 0 })
      .orIgnore()
      .execute();
    return this.findForUpdate(manager, productId, userId);
  }

  async save(manager: EntityManager, rating: CustomerRating): Promise<void> {
    await manager
      .getRepository(CustomerRatingEntity)
      .update(
        { productId: rating.productId, userId: rating.userId },
        { stars: rating.stars, version: rating.version, updatedAt: new Date() },
      );
  }
}
