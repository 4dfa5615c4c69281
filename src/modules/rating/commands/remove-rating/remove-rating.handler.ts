import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { removeRating } from '../../domain/customer-rating';
import { RatedProductNotFoundError } from '../../domain/rating.errors';
import { CustomerRatingRepository } from '../../infrastructure/customer-rating.repository';
import { RatedProductRepository } from '../../infrastructure/rated-product.repository';
import { recordRatingChange } from '../rating-change.recorder';
import { RemoveRatingCommand } from './remove-rating.command';

@CommandHandler(RemoveRatingCommand)
export class RemoveRatingHandler implements ICommandHandler<RemoveRatingCommand, void> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly products: RatedProductRepository,
    private readonly ratings: CustomerRatingRepository,
  ) {}

  execute({ productId, userId }: RemoveRatingCommand): Promise<void> {
    return this.unitOfWork.run(async (tx) => {
      if (!(await this.products.isRateable(productId, tx.manager))) throw new RatedProductNotFoundError(productId);
      const { rating, change } = removeRating(await this.ratings.findForUpdate(tx.manager, productId, userId));
      await this.ratings.save(tx.manager, rating);
      recordRatingChange(tx, rating, change);
    });
  }
}
