import { Body, Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Authenticated } from '../../../shared/auth/auth.decorators';
import type { AuthenticatedUser } from '../../../shared/auth/authenticated-user';
import { CurrentUser } from '../../../shared/auth/current-user.decorator';
import { ApiTag } from '../../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../../shared/http/problem.schema';
import { resolveRange } from '../../../shared/http/time-range-query';
import { UuidParam } from '../../../shared/http/uuid-param.decorator';
import { RateProductCommand } from '../commands/rate-product/rate-product.command';
import { RemoveRatingCommand } from '../commands/remove-rating/remove-rating.command';
import { CustomerRatingView } from '../queries/customer-rating.view';
import { GetProductRatingQuery } from '../queries/get-product-rating/get-product-rating.query';
import { ProductRatingView } from '../queries/get-product-rating/product-rating.view';
import { GetRatingTrendQuery } from '../queries/get-rating-trend/get-rating-trend.query';
import { RatingTrendView } from '../queries/get-rating-trend/rating-trend.view';
import { CustomerRatingResponse } from './customer-rating.response';
import { ProductRatingResponse } from './product-rating.response';
import { RateProductRequest } from './rate-product.request';
import { RatingTrendRequest } from './rating-trend.request';
import { RatingTrendResponse } from './rating-trend.response';

/** At most this many points per answer: over a year of hours. */
const MAX_TREND_BUCKETS = 10_000;

@ApiTag('ratings', "Customers' star ratings and each product's rating summary")
@Controller('products/:id')
export class ProductRatingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Put('ratings/me')
  @Authenticated()
  @ApiOperation({
    summary: "Rate a product, or change the caller's rating",
    description: 'One rating of 1 to 5 stars per customer and product; putting it again replaces it.',
  })
  @ApiOkResponse({ type: CustomerRatingResponse, description: "The caller's rating as stored" })
  @ApiProblems(400, 404, 413, 415)
  rate(
    @UuidParam('id', "The product's id") productId: string,
    @Body() body: RateProductRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CustomerRatingView> {
    return this.commands.execute(new RateProductCommand(productId, user.id, body.stars));
  }

  @Delete('ratings/me')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({
    summary: "Withdraw the caller's rating",
    description: '404 when the caller has not rated the product.',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404)
  async remove(
    @UuidParam('id', "The product's id") productId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.commands.execute(new RemoveRatingCommand(productId, user.id));
  }

  @Get('rating')
  @ApiOperation({
    summary: "A product's average, count and histogram of ratings (eventually consistent)",
    description: 'Recalculated from rating events, so a rating just given shows here after a short delay.',
  })
  @ApiOkResponse({ type: ProductRatingResponse, description: "The product's rating summary" })
  @ApiProblems(400, 404)
  get(@UuidParam('id', "The product's id") productId: string): Promise<ProductRatingView> {
    return this.queries.execute(new GetProductRatingQuery(productId));
  }

  @Get('rating/trend')
  @ApiOperation({
    summary: "A product's rating at the end of each hour or day (eventually consistent)",
    description:
      'Count and average of the current ratings as they stood at the end of each bucket of `[from, to)` ' +
      `(widened to whole UTC buckets; at most ${MAX_TREND_BUCKETS}), kept from the announced summaries like ` +
      'GET /rating, so a rating just given shows after a short delay.',
  })
  @ApiOkResponse({ type: RatingTrendResponse })
  @ApiProblems(400, 404)
  trend(
    @UuidParam('id', "The product's id") productId: string,
    @Query() query: RatingTrendRequest,
  ): Promise<RatingTrendView> {
    const range = resolveRange(query, query.bucket, { defaultFrom: 30, maxBuckets: MAX_TREND_BUCKETS });
    return this.queries.execute(new GetRatingTrendQuery(productId, query.bucket, range));
  }
}
