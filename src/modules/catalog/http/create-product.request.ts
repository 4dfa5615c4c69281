import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_INITIAL_STOCK } from '../domain/product';
import { MoneyDto } from './money.dto';

export class CreateProductRequest {
  @ApiProperty({ example: 'TSHIRT-BLUE-M', description: 'Unique stock keeping unit, 2-64 of A-Z 0-9 . _ -' })
  @IsString()
  @Length(2, 64)
  sku!: string;

  @ApiProperty({ example: 'Blue T-shirt', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'Organic cotton, medium.', maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  description!: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  price!: MoneyDto;

  @ApiProperty({ example: 25, minimum: 0, maximum: MAX_INITIAL_STOCK })
  @IsInt()
  @Min(0)
  @Max(MAX_INITIAL_STOCK)
  initialStock!: number;
}
