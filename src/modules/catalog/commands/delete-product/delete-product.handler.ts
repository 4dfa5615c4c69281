import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { ProductDeletedIntegrationEvent, productStreamId } from '../../contracts';
import { ProductNotFoundError } from '../../domain/catalog.errors';
import { assertDeletable } from '../../domain/product';
import { ProductRepository } from '../../infrastructure/product.repository';
import { DeleteProductCommand } from './delete-product.command';

@CommandHandler(DeleteProductCommand)
export class DeleteProductHandler implements ICommandHandler<DeleteProductCommand, void> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly products: ProductRepository,
  ) {}

  execute({ productId, expectedVersion }: DeleteProductCommand): Promise<void> {
    return this.unitOfWork.run(async (tx) => {
      const product = await this.products.findForUpdate(tx.manager, productId);
      if (!product) throw new ProductNotFoundError(productId);
      assertDeletable(product, expectedVersion);
      await this.products.delete(tx.manager, productId);
      tx.record(ProductDeletedIntegrationEvent, {
        streamId: productStreamId(productId),
        streamVersion: product.version + 1,
        payload: { productId, sku: product.sku },
      });
    });
  }
}
