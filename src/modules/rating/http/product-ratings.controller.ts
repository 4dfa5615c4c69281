import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../shared/auth/auth.decorators';
import type { AuthenticatedUser } from '../../../shared/auth/authenticated-user';
import { CurrentUser } from '../../../shared/auth/current-user.decorator';
import { ApiProblems } from '../../../shared/http/problem.schema';
import { RateProductCommand } from '../commands/rate-product/rate-product.command';
import { RemoveRatingCommand } from '../commands/remove-rating/remove-rating.command';
import { CustomerRatingView } from '../queries/customer-rating.view';
import { GetProductRatingQuery } from '../queries/get-product-rating/get-product-rating.query';
import { ProductRatingView } from '../queries/get-product-rating/product-rating.view';
import { CustomerRatingResponse } from './customer-rating.response';
import { ProductRatingResponse } from './product-rating.response';
import { RateProductRequest } from './rate-product.request';

@ApiTags('ratings')
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
  @ApiOkResponse({ type: CustomerRatingResponse })
  @ApiProblems(400, 404, 413, 415)
  rate(
    @Param('id', new ParseUUIDPipe()) productId: string,
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
    @Param('id', new ParseUUIDPipe()) productId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.commands.execute(new RemoveRatingCommand(productId, user.id));
  }

  @Get('rating')
  @ApiOperation({
    summary: "A product's average, count and histogram of ratings (eventually consistent)",
    description: 'Recalculated from rating events, so a rating just given shows here after a short delay.',
  })
  @ApiOkResponse({ type: ProductRatingResponse })
  @ApiProblems(400, 404)
  get(@Param('id', new ParseUUIDPipe()) productId: string): Promise<ProductRatingView> {
    return this.queries.execute(new GetProductRatingQuery(productId));
  }
}
