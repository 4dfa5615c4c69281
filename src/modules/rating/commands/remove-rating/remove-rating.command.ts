export class RemoveRatingCommand {
  constructor(
    readonly productId: string,
    readonly userId: string,
  ) {}
}
