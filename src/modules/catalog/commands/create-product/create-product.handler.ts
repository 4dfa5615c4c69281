import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { uuidV7 } from '../../../../shared/messaging/envelope/uuid-v7';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { ProductCreatedV2IntegrationEvent, productStreamId } from '../../contracts';
import { createProduct } from '../../domain/product';
import { ProductViewReader } from '../../infrastructure/product-view.reader';
import { ProductRepository } from '../../infrastructure/product.repository';
import { ProductView, toProductView } from '../../queries/product.view';
import { CreateProductCommand } from './create-product.command';

@CommandHandler(CreateProductCommand)
export class CreateProductHandler implements ICommandHandler<CreateProductCommand, ProductView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly products: ProductRepository,
    private readonly views: ProductViewReader,
  ) {}

  execute({ product: input }: CreateProductCommand): Promise<ProductView> {
    const product = createProduct(uuidV7(), input);
    return this.unitOfWork.run(async (tx) => {
      await this.products.insert(tx.manager, product);
      tx.record(ProductCreatedV2IntegrationEvent, {
        streamId: productStreamId(product.id),
        streamVersion: product.version,
        payload: {
          productId: product.id,
          sku: product.sku,
          name: product.name,
          description: product.description,
          price: product.price,
          initialStock: product.initialStock,
          categories: product.categories,
        },
      });
      return toProductView((await this.views.findOne(product.id, tx.manager))!);
    });
  }
}
