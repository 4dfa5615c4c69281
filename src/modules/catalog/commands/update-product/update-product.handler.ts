import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transaction, UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { ProductUpdatedIntegrationEvent, productStreamId } from '../../contracts';
import { ProductNotFoundError } from '../../domain/catalog.errors';
import { Product, updateProduct } from '../../domain/product';
import { ProductViewReader } from '../../infrastructure/product-view.reader';
import { ProductRepository } from '../../infrastructure/product.repository';
import { ProductView, toProductView } from '../../queries/product.view';
import { UpdateProductCommand } from './update-product.command';

@CommandHandler(UpdateProductCommand)
export class UpdateProductHandler implements ICommandHandler<UpdateProductCommand, ProductView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly products: ProductRepository,
    private readonly views: ProductViewReader,
  ) {}

  execute({ productId, changes, expectedVersion }: UpdateProductCommand): Promise<ProductView> {
    return this.unitOfWork.run(async (tx) => {
      const current = await this.products.findForUpdate(tx.manager, productId);
      if (!current) throw new ProductNotFoundError(productId);
      const next = updateProduct(current, changes, expectedVersion);
      if (next.version !== current.version) await this.record(tx, next);
      return toProductView((await this.views.findOne(productId, tx.manager))!);
    });
  }

  private async record(tx: Transaction, next: Product): Promise<void> {
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
  }
}
