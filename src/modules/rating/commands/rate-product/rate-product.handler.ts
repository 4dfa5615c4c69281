import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { rate } from '../../domain/customer-rating';
import { RatedProductNotFoundError } from '../../domain/rating.errors';
import { toStars } from '../../domain/stars';
import { CustomerRatingRepository } from '../../infrastructure/customer-rating.repository';
import { RatedProductRepository } from '../../infrastructure/rated-product.repository';
import { recordRatingChange } from '../rating-change.recorder';
import { CustomerRatingView, toCustomerRatingView } from '../../queries/customer-rating.view';
import { RateProductCommand } from './rate-product.command';

@CommandHandler(RateProductCommand)
export class RateProductHandler implements ICommandHandler<RateProductCommand, CustomerRatingView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly products: RatedProductRepository,
    private readonly ratings: CustomerRatingRepository,
  ) {}

  execute({ productId, userId, stars: rawStars }: RateProductCommand): Promise<CustomerRatingView> {
    const stars = toStars(rawStars);
    return this.unitOfWork.run(async (tx) => {
      if (!(await this.products.isRateable(productId, tx.manager))) throw new RatedProductNotFoundError(productId);
      const { rating, change } = rate(await this.ratings.lockOrCreate(tx.manager, productId, userId), stars);
      if (change) {
        await this.ratings.save(tx.manager, rating);
        recordRatingChange(tx, rating, change);
      }
      return toCustomerRatingView(rating);
    });
  }
}
