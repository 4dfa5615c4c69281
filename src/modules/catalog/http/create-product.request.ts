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
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import { CATEGORY_SLUG, MAX_CATEGORIES, MAX_CATEGORY_LENGTH } from '../domain/categories';
import { MAX_INITIAL_STOCK } from '../domain/product';
import { SKU_INPUT } from '../domain/sku';
import { MoneyDto } from './money.dto';
import { DescriptionRules, NameRules } from './product-text.rules';

@ValidatedSchema()
export class CreateProductRequest {
  @ApiProperty({
    example: 'TSHIRT-BLUE-M',
    description:
      'Unique stock keeping unit: letters, digits, ".", "_" and "-", starting with a letter or digit; stored upper-case',
  })
  @IsString()
  @Length(2, 64)
  @Matches(SKU_INPUT, {
    message: 'sku must be letters, digits, ".", "_" or "-", starting with a letter or digit',
  })
  sku!: string;

  @ApiProperty({ example: 'Blue T-shirt', description: 'Stored trimmed' })
  @NameRules()
  name!: string;

  @ApiProperty({ example: 'Organic cotton, medium.', description: 'May be empty; stored trimmed' })
  @DescriptionRules()
  description!: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  price!: MoneyDto;

  @ApiProperty({ example: 25, description: 'Units in the warehouse to start with' })
  @IsInt()
  @Min(0)
  @Max(MAX_INITIAL_STOCK)
  initialStock!: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['lighting', 'home-office'],
    description: 'Lower-case slugs (letters, digits, single dashes); duplicates are dropped',
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
