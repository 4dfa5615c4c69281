export class ListProductsQuery {
  constructor(
    readonly limit: number,
    /** Id of the last product of the previous page. */
    readonly afterId?: string,
  ) {}
}
