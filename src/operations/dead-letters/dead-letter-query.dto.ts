import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { PageQueryDto } from '../../shared/http/pagination';
import { DeadLetterStatus } from '../../shared/messaging/dead-letters/dead-letter.repository';

/** A consumer name as declared on its handler: `<module>.<handler>`. */
const CONSUMER = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const CONSUMER_MESSAGE = 'consumer must be a consumer name: <module>.<intent> in kebab case';
const STATUSES: DeadLetterStatus[] = ['pending', 'redriven'];

export class DeadLetterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: 'rating.recalculate-summary',
    pattern: CONSUMER.source,
    description: 'Only this consumer',
  })
  @IsOptional()
  @Length(3, 200)
  @Matches(CONSUMER, { message: CONSUMER_MESSAGE })
  consumer?: string;

  @ApiPropertyOptional({
    enum: STATUSES,
    description: '`pending`: not redriven yet; `redriven`: handed back to the consumer. Default: both',
  })
  @IsOptional()
  @IsIn(STATUSES)
  status?: DeadLetterStatus;
}

export class RedriveQueryDto {
  @ApiProperty({
    example: 'rating.recalculate-summary',
    pattern: CONSUMER.source,
    description: 'The consumer to redrive',
  })
  @Length(3, 200)
  @Matches(CONSUMER, { message: CONSUMER_MESSAGE })
  consumer!: string;
}
