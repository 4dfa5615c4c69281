export class RestockCommand {
  constructor(
    readonly productId: string,
    readonly quantity: number,
  ) {}
}
