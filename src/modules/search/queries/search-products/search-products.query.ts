import { SearchCriteria } from '../../domain/search-criteria';
import { PageWindow } from '../../domain/search-cursor';

export class SearchProductsQuery {
  constructor(
    readonly criteria: SearchCriteria,
    readonly window: PageWindow,
  ) {}
}
