import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateIf, ValidateNested } from 'class-validator';
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import { MoneyDto } from './money.dto';
import { DescriptionRules, NameRules } from './product-text.rules';

/** Absent fields stay as they are; `null` is not "absent" and is rejected, never passed to the domain. */
const IfPresent = () => ValidateIf((_, value) => value !== undefined);

/** Name, description and price can change; sku and stock cannot (inventory owns stock). */
@ValidatedSchema()
export class UpdateProductRequest {
  @ApiPropertyOptional({ example: 'Blue T-shirt, slim fit', description: 'Stored trimmed' })
  @IfPresent()
  @NameRules()
  name?: string;

  @ApiPropertyOptional({ example: 'Organic cotton, medium, slim fit.', description: 'May be empty; stored trimmed' })
  @IfPresent()
  @DescriptionRules()
  description?: string;

  @ApiPropertyOptional({ type: MoneyDto })
  @IfPresent()
  @ValidateNested()
  @Type(() => MoneyDto)
  price?: MoneyDto;
}
