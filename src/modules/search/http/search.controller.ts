import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { decodeCursor, encodeCursor } from '../../../shared/http/pagination';
import { ApiTag } from '../../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../../shared/http/problem.schema';
import { toSearchCriteria } from '../domain/search-criteria';
import { firstPage, pageFromCursor } from '../domain/search-cursor';
import { SearchProductsQuery } from '../queries/search-products/search-products.query';
import { SearchResult } from '../queries/search-hit.view';
import { SearchProductsRequest } from './search-products.request';
import { SearchResultResponse } from './search-result.response';

@ApiTag('search', 'Full-text product search with rating and stock filters')
@Controller('search')
export class SearchController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Search products',
    description:
      'Full-text search over name, description and reviews (in that order of weight), typo-tolerant on names, ' +
      'with rating, stock and category filters, and facets: how many products each filter value would leave ' +
      '(each facet ignores its own filter). Results are eventually consistent with the other modules.',
  })
  @ApiOkResponse({ type: SearchResultResponse, description: 'One page of hits, best first' })
  @ApiProblems(400)
  async search(@Query() query: SearchProductsRequest): Promise<SearchResultResponse> {
    const inStock = query.inStock === undefined ? undefined : query.inStock === 'true';
    const criteria = toSearchCriteria({
      q: query.q,
      minRating: query.minRating,
      inStock,
      categories: query.category,
      sort: query.sort,
    });
    const window =
      query.cursor === undefined
        ? firstPage(query.limit)
        : pageFromCursor(decodeCursor(query.cursor), criteria, query.limit);
    const result = await this.queries.execute<SearchProductsQuery, SearchResult>(
      new SearchProductsQuery(criteria, window),
    );
    return {
      items: result.items,
      total: result.total,
      facets: result.facets,
      nextCursor: result.next ? encodeCursor({ ...result.next }) : null,
    };
  }
}
