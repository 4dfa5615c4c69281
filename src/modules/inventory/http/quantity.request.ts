import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_RESERVATION_QUANTITY, MAX_RESTOCK_QUANTITY } from '../domain/quantity';

export class ReserveStockRequest {
  @ApiProperty({ example: 2, minimum: 1, maximum: MAX_RESERVATION_QUANTITY })
  @IsInt()
  @Min(1)
  @Max(MAX_RESERVATION_QUANTITY)
  quantity!: number;
}

export class RestockRequest {
  @ApiProperty({ example: 100, minimum: 1, maximum: MAX_RESTOCK_QUANTITY })
  @IsInt()
  @Min(1)
  @Max(MAX_RESTOCK_QUANTITY)
  quantity!: number;
}
