import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Authenticated } from '../../../shared/auth/auth.decorators';
import type { AuthenticatedUser } from '../../../shared/auth/authenticated-user';
import { CurrentUser } from '../../../shared/auth/current-user.decorator';
import { ApiTag } from '../../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../../shared/http/problem.schema';
import { UuidParam } from '../../../shared/http/uuid-param.decorator';
import { RateProductCommand } from '../commands/rate-product/rate-product.command';
import { RemoveRatingCommand } from '../commands/remove-rating/remove-rating.command';
import { CustomerRatingView } from '../queries/customer-rating.view';
import { GetProductRatingQuery } from '../queries/get-product-rating/get-product-rating.query';
import { ProductRatingView } from '../queries/get-product-rating/product-rating.view';
import { CustomerRatingResponse } from './customer-rating.response';
import { ProductRatingResponse } from './product-rating.response';
import { RateProductRequest } from './rate-product.request';

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
}
