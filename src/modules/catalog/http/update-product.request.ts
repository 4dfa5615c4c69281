import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsString, Length, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { MoneyDto } from './money.dto';

/** Absent fields stay as they are; `null` is not "absent" and is rejected, never passed to the domain. */
const IfPresent = () => ValidateIf((_, value) => value !== undefined);

/** Name, description and price can change; sku and stock cannot (inventory owns stock). */
export class UpdateProductRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IfPresent()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IfPresent()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ type: MoneyDto })
  @IfPresent()
  @ValidateNested()
  @Type(() => MoneyDto)
  price?: MoneyDto;
}
