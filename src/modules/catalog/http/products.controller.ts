import { Body, Controller, Delete, Get, Headers, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly } from '../../../shared/auth/auth.decorators';
import { ApiIfMatch, parseIfMatch } from '../../../shared/http/if-match';
import { ApiPage, Page, PageQueryDto, decodeCursor, encodeCursor } from '../../../shared/http/pagination';
import { ApiTag } from '../../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../../shared/http/problem.schema';
import { headerRefs } from '../../../shared/http/response-headers.openapi';
import { UuidParam } from '../../../shared/http/uuid-param.decorator';
import { CreateProductCommand } from '../commands/create-product/create-product.command';
import { DeleteProductCommand } from '../commands/delete-product/delete-product.command';
import { UpdateProductCommand } from '../commands/update-product/update-product.command';
import { GetProductQuery } from '../queries/get-product/get-product.query';
import { ListProductsQuery } from '../queries/list-products/list-products.query';
import { ProductPage } from '../queries/list-products/list-products.handler';
import { ProductView } from '../queries/product.view';
import { CreateProductRequest } from './create-product.request';
import { ProductResponse } from './product.response';
import { UpdateProductRequest } from './update-product.request';

@ApiTag('products', 'The catalog: products with their price, categories, rating and availability')
@Controller('products')
export class ProductsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @AdminOnly()
  @ApiOperation({
    summary: 'Create a product',
    description:
      'Admin only. 409 when the SKU is taken. The other modules learn of the product from its ' +
      '`catalog.product-created.v2` event, shortly after this returns.',
  })
  @ApiCreatedResponse({
    type: ProductResponse,
    description: 'The product as created',
    headers: headerRefs('Location', 'ETag'),
  })
  @ApiProblems(400, 401, 403, 409, 413, 415)
  async create(
    @Body() body: CreateProductRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductView> {
    const product = await this.commands.execute<CreateProductCommand, ProductView>(new CreateProductCommand(body));
    reply.header('location', `/api/v1/products/${product.id}`).header('etag', `"${product.version}"`);
    return product;
  }

  @Get()
  @ApiOperation({
    summary: 'List products in creation order',
    description:
      'Keyset pages: pass the `nextCursor` of a page as `cursor` to get the next one; null on the last page.',
  })
  @ApiPage(ProductResponse)
  @ApiProblems(400)
  async list(@Query() query: PageQueryDto): Promise<Page<ProductView>> {
    const after = query.cursor ? decodeCursor<{ id: string }>(query.cursor).id : undefined;
    const page = await this.queries.execute<ListProductsQuery, ProductPage>(new ListProductsQuery(query.limit, after));
    return { items: page.items, nextCursor: page.lastId ? encodeCursor({ id: page.lastId }) : null };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Get a product with its rating and availability',
    description:
      'Rating and availability are copied from rating and inventory events, so they trail those modules ' +
      'slightly. The `ETag` header carries the version to send as `If-Match` on changes.',
  })
  @ApiOkResponse({ type: ProductResponse, description: 'The product', headers: headerRefs('ETag') })
  @ApiProblems(400, 404)
  async get(
    @UuidParam('id', "The product's id") id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductView> {
    const product = await this.queries.execute<GetProductQuery, ProductView>(new GetProductQuery(id, true));
    reply.header('etag', `"${product.version}"`);
    return product;
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOperation({
    summary: 'Change name, description or price',
    description: 'Admin only. Fields left out stay as they are; with `If-Match`, 412 when the product changed since.',
  })
  @ApiIfMatch('product')
  @ApiOkResponse({ type: ProductResponse, description: 'The product as changed', headers: headerRefs('ETag') })
  @ApiProblems(400, 401, 403, 404, 412, 413, 415)
  async update(
    @UuidParam('id', "The product's id") id: string,
    @Body() body: UpdateProductRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductView> {
    const product = await this.commands.execute<UpdateProductCommand, ProductView>(
      new UpdateProductCommand(id, body, parseIfMatch(ifMatch)),
    );
    reply.header('etag', `"${product.version}"`);
    return product;
  }

  @Delete(':id')
  @HttpCode(204)
  @AdminOnly()
  @ApiOperation({
    summary: 'Delete a product',
    description: 'Admin only. Its reviews, ratings, stock and search entry follow through the product-deleted event.',
  })
  @ApiIfMatch('product')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 401, 403, 404, 412)
  async delete(
    @UuidParam('id', "The product's id") id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    await this.commands.execute(new DeleteProductCommand(id, parseIfMatch(ifMatch)));
  }
}
