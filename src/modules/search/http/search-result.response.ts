import { ApiProperty } from '@nestjs/swagger';

class SearchRatingResponse {
  @ApiProperty({ minimum: 0, maximum: 5, example: 4.25, description: 'Mean stars, 0 when unrated' })
  average!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 12, description: 'Number of current ratings' })
  count!: number;
}

export class SearchHitResponse {
  @ApiProperty({ format: 'uuid', example: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' })
  productId!: string;

  @ApiProperty({ example: 'Studio Headphones' })
  name!: string;

  @ApiProperty({
    example: 'closed-back <b>headphones</b> with a detachable cable',
    description: 'Up to 30 words of description and reviews; matched words in <b>, all other markup escaped',
  })
  snippet!: string;

  @ApiProperty({ type: SearchRatingResponse })
  rating!: SearchRatingResponse;

  @ApiProperty({ example: true })
  inStock!: boolean;

  @ApiProperty({ example: 1.2, description: 'Relevance to q (higher is better); 0 without q' })
  score!: number;
}

class CategoryCountResponse {
  @ApiProperty({ example: 'lighting' })
  value!: string;

  @ApiProperty({ type: 'integer', minimum: 0, example: 12 })
  count!: number;
}

class MinRatingFacetResponse {
  @ApiProperty({ type: 'integer', minimum: 0, example: 40 })
  '1'!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 38 })
  '2'!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 31 })
  '3'!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 17 })
  '4'!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 2 })
  '5'!: number;
}

export class SearchFacetsResponse {
  @ApiProperty({
    type: [CategoryCountResponse],
    description:
      'Matching products per category, ignoring `category` (q, minRating and inStock apply): the 50 most ' +
      'frequent categories, most products first, then every requested one (0 when none matches)',
  })
  category!: CategoryCountResponse[];

  @ApiProperty({
    type: MinRatingFacetResponse,
    description:
      'Key N: matching products rated at least N stars, i.e. the total `minRating=N` would give, ignoring ' +
      '`minRating` (q, category and inStock apply); unrated products count in none',
  })
  minRating!: MinRatingFacetResponse;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 35,
    description: 'Matching products in stock, i.e. the total `inStock=true` would give, ignoring `inStock`',
  })
  inStock!: number;
}

export class SearchResultResponse {
  @ApiProperty({ type: [SearchHitResponse] })
  items!: SearchHitResponse[];

  @ApiProperty({ type: 'integer', minimum: 0, example: 42, description: 'Number of matching products' })
  total!: number;

  @ApiProperty({ type: SearchFacetsResponse })
  facets!: SearchFacetsResponse;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Pass as `cursor` for the next page; null on the last page (paging stops after 1000 hits)',
  })
  nextCursor!: string | null;
}
