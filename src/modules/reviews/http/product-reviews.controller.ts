import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../../shared/auth/auth.decorators';
import { AuthenticatedUser } from '../../../shared/auth/authenticated-user';
import { CurrentUser } from '../../../shared/auth/current-user.decorator';
import { ApiPage, Page, PageQueryDto, decodeCursor, encodeCursor } from '../../../shared/http/pagination';
import { ApiTag } from '../../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../../shared/http/problem.schema';
import { headerRefs } from '../../../shared/http/response-headers.openapi';
import { UuidParam } from '../../../shared/http/uuid-param.decorator';
import { ProblemException } from '../../../shared/http/problem.exception';
import { AddReviewCommand } from '../commands/add-review/add-review.command';
import { ListProductReviewsQuery } from '../queries/list-product-reviews/list-product-reviews.query';
import { ReviewPage } from '../queries/list-product-reviews/list-product-reviews.handler';
import { ReviewView } from '../queries/review.view';
import { AddReviewRequest } from './add-review.request';
import { ReviewResponse } from './review.response';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function beforeIdOf(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const { id } = decodeCursor<{ id?: unknown }>(cursor);
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
  }
  return id;
}

@ApiTag('reviews', 'Customer reviews of products')
@Controller('products/:id/reviews')
export class ProductReviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Authenticated()
  @ApiOperation({
    summary: 'Review a product',
    description: 'One review per customer and product. A product just created may need a moment to become reviewable.',
  })
  @ApiCreatedResponse({
    type: ReviewResponse,
    description: 'The review as created',
    headers: headerRefs('Location', 'ETag'),
  })
  @ApiProblems(400, 401, 404, 409, 413, 415)
  async add(
    @UuidParam('id', "The product's id") productId: string,
    @Body() body: AddReviewRequest,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewView> {
    const review = await this.commands.execute<AddReviewCommand, ReviewView>(
      new AddReviewCommand(productId, user.id, body),
    );
    reply.header('location', `/api/v1/reviews/${review.id}`).header('etag', `"${review.version}"`);
    return review;
  }

  @Get()
  @ApiOperation({
    summary: "List a product's reviews, newest first",
    description:
      'Keyset pages in descending review id (UUID v7, so newest first); a review added while paging never shifts ' +
      'or repeats the pages after it. 404 for an unknown or deleted product.',
  })
  @ApiPage(ReviewResponse)
  @ApiProblems(400, 404)
  async list(
    @UuidParam('id', "The product's id") productId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ReviewView>> {
    const page = await this.queries.execute<ListProductReviewsQuery, ReviewPage>(
      new ListProductReviewsQuery(productId, query.limit, beforeIdOf(query.cursor)),
    );
    return { items: page.items, nextCursor: page.lastId ? encodeCursor({ id: page.lastId }) : null };
  }
}
