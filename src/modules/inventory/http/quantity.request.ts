import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import { MAX_RESERVATION_QUANTITY, MAX_RESTOCK_QUANTITY } from '../domain/quantity';

@ValidatedSchema()
export class ReserveStockRequest {
  @ApiProperty({ example: 2, description: 'Units to reserve' })
  @IsInt()
  @Min(1)
  @Max(MAX_RESERVATION_QUANTITY)
  quantity!: number;
}

@ValidatedSchema()
export class RestockRequest {
  @ApiProperty({ example: 100, description: 'Units to add on hand' })
  @IsInt()
  @Min(1)
  @Max(MAX_RESTOCK_QUANTITY)
  quantity!: number;
}
