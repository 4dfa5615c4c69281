export class ReserveStockCommand {
  constructor(
    readonly productId: string,
    readonly customerId: string,
    readonly quantity: number,
  ) {}
}
