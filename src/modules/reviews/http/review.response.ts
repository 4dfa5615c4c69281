import { ApiProperty } from '@nestjs/swagger';

export class ReviewResponse {
  @ApiProperty({ format: 'uuid', example: '0190f7a4-2e6f-7a13-9b8c-1f4d6e2a9c05' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' })
  productId!: string;

  @ApiProperty({ example: 'customer-42', description: 'User id (token subject) of the author' })
  authorId!: string;

  @ApiProperty({ example: 'Great fit' })
  title!: string;

  @ApiProperty({ example: 'True to size and soft after washing.' })
  body!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    example: 1,
    description: 'Increases with every edit; send it as If-Match to edit safely',
  })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
