import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from './money.dto';

class ProductRatingDto {
  @ApiProperty({ minimum: 0, maximum: 5, example: 4.25, description: 'Mean of all current ratings, 0 when unrated' })
  average!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 12, description: 'Number of current ratings' })
  count!: number;
}

class ProductAvailabilityDto {
  @ApiProperty({ example: true })
  inStock!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, example: 7, description: 'Units available for reservation' })
  available!: number;
}

export class ProductResponse {
  @ApiProperty({ format: 'uuid', example: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' })
  id!: string;

  @ApiProperty({ example: 'TSHIRT-BLUE-M', description: 'Upper-case' })
  sku!: string;

  @ApiProperty({ example: 'Blue T-shirt' })
  name!: string;

  @ApiProperty({ example: 'Organic cotton, medium.' })
  description!: string;

  @ApiProperty({ type: MoneyDto })
  price!: MoneyDto;

  @ApiProperty({ type: [String], example: ['lighting', 'home-office'], description: 'Lower-case slugs, possibly none' })
  categories!: string[];

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    example: 1,
    description: 'Increases with every change; send it as If-Match to update safely',
  })
  version!: number;

  @ApiProperty({ type: ProductRatingDto, description: "Catalog's projection of rating events (eventually consistent)" })
  rating!: ProductRatingDto;

  @ApiProperty({
    type: ProductAvailabilityDto,
    description: "Catalog's projection of stock events (eventually consistent)",
  })
  availability!: ProductAvailabilityDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
