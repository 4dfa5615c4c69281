export class DeleteProductCommand {
  constructor(
    readonly productId: string,
    readonly expectedVersion?: number,
  ) {}
}
