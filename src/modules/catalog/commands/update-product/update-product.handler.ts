import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { ProductUpdatedIntegrationEvent, productStreamId } from '../../contracts';
import { ProductNotFoundError } from '../../domain/catalog.errors';
import { Product, updateProduct } from '../../domain/product';
import { ProductRepository } from '../../infrastructure/product.repository';
import { UpdateProductCommand } from './update-product.command';

@CommandHandler(UpdateProductCommand)
export class UpdateProductHandler implements ICommandHandler<UpdateProductCommand, Product> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly products: ProductRepository,
  ) {}

  execute({ productId, changes, expectedVersion }: UpdateProductCommand): Promise<Product> {
    return this.unitOfWork.run(async (tx) => {
      const current = await this.products.findForUpdate(tx.manager, productId);
      if (!current) throw new ProductNotFoundError(productId);
      const next = updateProduct(current, changes, expectedVersion);
      if (next.version === current.version) return current;
      await this.products.update(tx.manager, next);
      tx.record(ProductUpdatedIntegrationEvent, {
        streamId: productStreamId(next.id),
        streamVersion: next.version,
        payload: {
          productId: next.id,
          sku: next.sku,
          name: next.name,
          description: next.description,
          price: next.price,
          version: next.version,
        },
      });
      return next;
    });
  }
}
