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

export class SearchResultResponse {
  @ApiProperty({ type: [SearchHitResponse] })
  items!: SearchHitResponse[];

  @ApiProperty({ type: 'integer', minimum: 0, example: 42, description: 'Number of matching products' })
  total!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Pass as `cursor` for the next page; null on the last page (paging stops after 1000 hits)',
  })
  nextCursor!: string | null;
}
