import { ApiProperty } from '@nestjs/swagger';

export class StockResponse {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ example: 12, description: 'Units in the warehouse' })
  onHand!: number;

  @ApiProperty({ example: 9, description: 'Units that can still be reserved (onHand - reserved); never negative' })
  available!: number;

  @ApiProperty({ example: 3, description: 'Units set aside by reservations' })
  reserved!: number;

  @ApiProperty({ example: 140, description: 'Product detail views: a demand signal that never changes stock' })
  views!: number;
}

export class ReservationResponse {
  @ApiProperty({ format: 'uuid' })
  reservationId!: string;

  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ example: 2 })
  quantity!: number;

  @ApiProperty({ example: 7, description: 'Units still available after this reservation' })
  available!: number;
}
