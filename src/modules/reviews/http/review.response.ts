import { ApiProperty } from '@nestjs/swagger';

export class ReviewResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ example: 'customer-42', description: 'User id (token subject) of the author' })
  authorId!: string;

  @ApiProperty({ example: 'Great fit' })
  title!: string;

  @ApiProperty({ example: 'True to size and soft after washing.' })
  body!: string;

  @ApiProperty({ description: 'Increases with every edit; send it as If-Match to edit safely', example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
