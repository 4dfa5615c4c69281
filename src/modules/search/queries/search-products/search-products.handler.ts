import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { cursorAfter } from '../../domain/search-cursor';
import { SearchIndexReader } from '../../infrastructure/search-index.reader';
import { SearchResult } from '../search-hit.view';
import { SearchProductsQuery } from './search-products.query';

@QueryHandler(SearchProductsQuery)
export class SearchProductsHandler implements IQueryHandler<SearchProductsQuery, SearchResult> {
  constructor(private readonly reader: SearchIndexReader) {}

  async execute({ criteria, window }: SearchProductsQuery): Promise<SearchResult> {
    const { items, total, facets } = await this.reader.search(criteria, window);
    return { items, total, facets, next: cursorAfter(window, total, criteria) };
  }
}
