export class RateProductCommand {
  constructor(
    readonly productId: string,
    readonly userId: string,
    readonly stars: number,
  ) {}
}
