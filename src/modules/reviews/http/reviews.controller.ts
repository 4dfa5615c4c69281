import { Body, Controller, Delete, Get, Headers, HttpCode, Patch, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../../shared/auth/auth.decorators';
import { AuthenticatedUser } from '../../../shared/auth/authenticated-user';
import { CurrentUser } from '../../../shared/auth/current-user.decorator';
import { ApiIfMatch, parseIfMatch } from '../../../shared/http/if-match';
import { ApiTag } from '../../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../../shared/http/problem.schema';
import { headerRefs } from '../../../shared/http/response-headers.openapi';
import { UuidParam } from '../../../shared/http/uuid-param.decorator';
import { DeleteReviewCommand } from '../commands/delete-review/delete-review.command';
import { EditReviewCommand } from '../commands/edit-review/edit-review.command';
import { Requester } from '../domain/review';
import { GetReviewQuery } from '../queries/get-review/get-review.query';
import { ReviewView } from '../queries/review.view';
import { EditReviewRequest } from './edit-review.request';
import { ReviewResponse } from './review.response';

const requester = (user: AuthenticatedUser): Requester => ({ id: user.id, isAdmin: user.isAdmin });

@ApiTag('reviews', 'Customer reviews of products')
@Controller('reviews')
export class ReviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: 'Get a review',
    description: 'The `ETag` header carries the version to send as `If-Match` on changes.',
  })
  @ApiOkResponse({ type: ReviewResponse, description: 'The review', headers: headerRefs('ETag') })
  @ApiProblems(400, 404)
  async get(
    @UuidParam('id', "The review's id") id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewView> {
    const review = await this.queries.execute<GetReviewQuery, ReviewView>(new GetReviewQuery(id));
    reply.header('etag', `"${review.version}"`);
    return review;
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'Edit the title or body of your review',
    description: 'Only the author may edit (403 otherwise); with `If-Match`, 412 when the review changed since.',
  })
  @ApiIfMatch('review')
  @ApiOkResponse({ type: ReviewResponse, description: 'The review as edited', headers: headerRefs('ETag') })
  @ApiProblems(400, 401, 403, 404, 412, 413, 415)
  async edit(
    @UuidParam('id', "The review's id") id: string,
    @Body() body: EditReviewRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewView> {
    const review = await this.commands.execute<EditReviewCommand, ReviewView>(
      new EditReviewCommand(id, requester(user), body, parseIfMatch(ifMatch)),
    );
    reply.header('etag', `"${review.version}"`);
    return review;
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({
    summary: 'Delete a review (its author or an admin)',
    description: 'With `If-Match`, 412 when the review changed since.',
  })
  @ApiIfMatch('review')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 401, 403, 404, 412)
  async delete(
    @UuidParam('id', "The review's id") id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.commands.execute(new DeleteReviewCommand(id, requester(user), parseIfMatch(ifMatch)));
  }
}
