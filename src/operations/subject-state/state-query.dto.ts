import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Length, Matches } from 'class-validator';
import { ValidatedSchema } from '../../shared/http/validated-schema.decorator';
import { AT_MESSAGE, STATE_AT } from './state-at';

/** The point in time a state is read at. */
@ValidatedSchema()
export class StateQueryDto {
  @ApiPropertyOptional({
    example: '2026-03-01T12:00:00Z',
    description:
      'An ISO 8601 timestamp with a time zone (events that occurred then or before count), or an event ' +
      'position (events at or before it count; through the gateway, a position it handed out, one per ' +
      'service, such as the `position` of an event on a timeline). Default: now.',
  })
  @IsOptional()
  @Length(1, 64)
  @Matches(STATE_AT, { message: AT_MESSAGE })
  at?: string;
}
