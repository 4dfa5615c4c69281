import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminOnly, Authenticated } from '../../../shared/auth/auth.decorators';
import { AuthenticatedUser } from '../../../shared/auth/authenticated-user';
import { CurrentUser } from '../../../shared/auth/current-user.decorator';
import { ApiTag } from '../../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../../shared/http/problem.schema';
import { UuidParam } from '../../../shared/http/uuid-param.decorator';
import { ReserveStockCommand } from '../commands/reserve-stock/reserve-stock.command';
import { RestockCommand } from '../commands/restock/restock.command';
import { GetStockQuery } from '../queries/get-stock/get-stock.query';
import { ReservationView } from '../queries/reservation.view';
import { StockView } from '../queries/stock.view';
import { ReserveStockRequest, RestockRequest } from './quantity.request';
import { ReservationResponse, StockResponse } from './stock.response';

@ApiTag('inventory', 'Stock levels, reservations (checkout) and restocking')
@Controller('inventory/:productId')
export class InventoryController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary: "Get a product's stock levels and demand (views)",
    description:
      'Units on hand, units still available to reserve, and how often the product page was viewed. Inventory ' +
      'learns of new products from catalog events, so a product created a moment ago may still be 404.',
  })
  @ApiOkResponse({ type: StockResponse, description: "The product's stock levels" })
  @ApiProblems(400, 404)
  get(@UuidParam('productId', "The product's id") productId: string): Promise<StockView> {
    return this.queries.execute(new GetStockQuery(productId));
  }

  @Post('reservations')
  @Authenticated()
  @ApiOperation({
    summary: 'Reserve units for the calling customer (checkout); stock never goes negative',
    description:
      'Takes `quantity` units out of the available stock for the caller. 409 when fewer units are available; ' +
      'concurrent reservations never oversell.',
  })
  @ApiCreatedResponse({ type: ReservationResponse, description: 'The reservation made' })
  @ApiProblems(400, 404, 409, 413, 415)
  async reserve(
    @UuidParam('productId', "The product's id") productId: string,
    @Body() body: ReserveStockRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReservationView> {
    return this.commands.execute<ReserveStockCommand, ReservationView>(
      new ReserveStockCommand(productId, user.id, body.quantity),
    );
  }

  @Post('restock')
  @HttpCode(200)
  @AdminOnly()
  @ApiOperation({
    summary: 'Add units to the warehouse',
    description: 'Admin only. Adds `quantity` units on hand; 409 when that would exceed the capacity limit.',
  })
  @ApiOkResponse({ type: StockResponse, description: 'The stock levels after restocking' })
  @ApiProblems(400, 404, 409, 413, 415)
  async restock(
    @UuidParam('productId', "The product's id") productId: string,
    @Body() body: RestockRequest,
  ): Promise<StockView> {
    return this.commands.execute<RestockCommand, StockView>(new RestockCommand(productId, body.quantity));
  }
}
