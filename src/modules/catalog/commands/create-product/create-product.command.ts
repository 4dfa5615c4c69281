import { NewProduct } from '../../domain/product';

export class CreateProductCommand {
  constructor(readonly product: NewProduct) {}
}
