import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import { CURRENCY_CODES, MAX_AMOUNT } from '../domain/money';

@ValidatedSchema()
export class MoneyDto {
  @ApiProperty({ description: 'Amount in minor units (e.g. cents)', example: 1999 })
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiProperty({ description: 'Active ISO 4217 currency code', example: 'EUR' })
  @IsString()
  @IsIn(CURRENCY_CODES, { message: 'currency must be an active upper-case ISO 4217 code such as EUR' })
  currency!: string;
}
