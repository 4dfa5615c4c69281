import { ProductChanges } from '../../domain/product';

export class UpdateProductCommand {
  constructor(
    readonly productId: string,
    readonly changes: ProductChanges,
    /** From `If-Match`; the update fails with 412 when the product moved on. */
    readonly expectedVersion?: number,
  ) {}
}
