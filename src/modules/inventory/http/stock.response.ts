import { ApiProperty } from '@nestjs/swagger';

const UNITS = { type: 'integer', minimum: 0 } as const;

export class StockResponse {
  @ApiProperty({ format: 'uuid', example: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' })
  productId!: string;

  @ApiProperty({ ...UNITS, example: 12, description: 'Units in the warehouse' })
  onHand!: number;

  @ApiProperty({ ...UNITS, example: 9, description: 'Units that can still be reserved (onHand - reserved)' })
  available!: number;

  @ApiProperty({ ...UNITS, example: 3, description: 'Units set aside by reservations' })
  reserved!: number;

  @ApiProperty({
    ...UNITS,
    example: 140,
    description: 'Product detail views: a demand signal that never changes stock',
  })
  views!: number;
}

export class ReservationResponse {
  @ApiProperty({ format: 'uuid', example: '0190f7a3-0b5d-7e21-8c4a-5d2e8f1a3b7c' })
  reservationId!: string;

  @ApiProperty({ format: 'uuid', example: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' })
  productId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 2, description: 'Units reserved' })
  quantity!: number;

  @ApiProperty({ ...UNITS, example: 7, description: 'Units still available after this reservation' })
  available!: number;
}
