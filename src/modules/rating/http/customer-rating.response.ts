import { ApiProperty } from '@nestjs/swagger';

export class CustomerRatingResponse {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ example: 'customer-42', description: 'User id (token subject) of the customer' })
  userId!: string;

  @ApiProperty({ type: 'integer', example: 4, minimum: 1, maximum: 5 })
  stars!: number;

  @ApiProperty({
    type: 'integer',
    example: 1,
    description: 'Counts changes of this rating; unchanged when the same stars are sent again',
  })
  version!: number;
}
