import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from './money.dto';

class ProductRatingDto {
  @ApiProperty({ example: 4.25, description: 'Mean of all current ratings, 0 when unrated' })
  average!: number;

  @ApiProperty({ example: 12 })
  count!: number;
}

class ProductAvailabilityDto {
  @ApiProperty()
  inStock!: boolean;

  @ApiProperty({ example: 7, description: 'Units available for reservation' })
  available!: number;
}

export class ProductResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'TSHIRT-BLUE-M' })
  sku!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: MoneyDto })
  price!: MoneyDto;

  @ApiProperty({ type: [String], example: ['lighting', 'home-office'], description: 'Lower-case slugs, possibly none' })
  categories!: string[];

  @ApiProperty({ description: 'Increases with every change; send it as If-Match to update safely', example: 1 })
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
