import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  NotContains,
} from 'class-validator';
import { CursorRules } from '../../../shared/http/pagination';
import { ValidatedSchema } from '../../../shared/http/validated-schema.decorator';
import {
  CATEGORY_SLUG,
  MAX_CATEGORY_FILTERS,
  MAX_CATEGORY_LENGTH,
  MAX_QUERY_LENGTH,
  SEARCH_SORTS,
  SearchSort,
} from '../domain/search-criteria';

/** Query strings are text: a number must be written out, so `minRating=` is refused rather than read as 0. */
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/** A parameter given once arrives as a string, given several times as an array. */
const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

/** `GET /search` query string. */
@ValidatedSchema()
export class SearchProductsRequest {
  @ApiPropertyOptional({
    example: 'desk lamp',
    description: 'Words to find (web-search syntax: "quoted phrase", -excluded, or); names also match with typos',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  // PostgreSQL text cannot hold NUL, so it would fail deep in the query instead of here.
  @NotContains('\u0000', { message: 'q must not contain NUL characters' })
  q?: string;

  @ApiPropertyOptional({ example: 4, description: 'Only products whose average rating is at least this' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(5)
  minRating?: number;

  @ApiPropertyOptional({ example: 'true', description: 'Only products that are (or are not) in stock' })
  @IsOptional()
  @IsIn(['true', 'false'])
  inStock?: 'true' | 'false';

  @ApiPropertyOptional({
    example: ['lighting'],
    description:
      'Only products in any of these categories; repeat the parameter for several ' +
      '(`category=lighting&category=home-office`)',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(MAX_CATEGORY_FILTERS)
  @IsString({ each: true })
  @MaxLength(MAX_CATEGORY_LENGTH, { each: true })
  @Matches(CATEGORY_SLUG, { each: true, message: 'each category must be a lower-case slug such as home-office' })
  category?: string[];

  @ApiPropertyOptional({
    example: 'relevance',
    description: 'Default `relevance` when `q` is given, else `newest`; `relevance` needs `q`',
  })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: SearchSort;

  @ApiPropertyOptional({ default: 20, example: 20, description: 'Hits per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;

  @ApiPropertyOptional({
    description: 'The `nextCursor` of the previous page, with the same q, minRating, inStock, category and sort',
  })
  @CursorRules()
  cursor?: string;
}
