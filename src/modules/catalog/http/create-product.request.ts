import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CATEGORY_SLUG, MAX_CATEGORIES, MAX_CATEGORY_LENGTH } from '../domain/categories';
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

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_CATEGORIES,
    example: ['lighting', 'home-office'],
    description: `Up to ${MAX_CATEGORIES} lower-case slugs (letters, digits, single dashes); duplicates are dropped`,
  })
  // Absent means none; `null` is not absent and is rejected.
  @ValidateIf((_, value) => value !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_CATEGORIES)
  @IsString({ each: true })
  @MaxLength(MAX_CATEGORY_LENGTH, { each: true })
  @Matches(CATEGORY_SLUG, { each: true, message: 'each category must be a lower-case slug such as home-office' })
  categories?: string[];
}
