import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { MAX_AMOUNT } from '../domain/money';

export class MoneyDto {
  @ApiProperty({ description: 'Amount in minor units (e.g. cents)', example: 1999, minimum: 0, maximum: MAX_AMOUNT })
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiProperty({ description: 'ISO 4217 currency code', example: 'EUR', pattern: '^[A-Z]{3}$' })
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an upper-case ISO 4217 code such as EUR' })
  currency!: string;
}
