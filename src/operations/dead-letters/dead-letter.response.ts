import { ApiProperty } from '@nestjs/swagger';

/** A message a consumer gave up on, as operators see it. */
export class DeadLetterResponse {
  @ApiProperty({ example: '17', description: 'Id to redrive it by (a 64-bit integer, as a string)' })
  id!: string;

  @ApiProperty({
    example: 'rating.summary',
    description: 'The consumer that gave up (`<module>.invalid-message` for unreadable messages)',
  })
  consumer!: string;

  @ApiProperty({
    enum: ['failed', 'invalid', 'unauthentic', 'unpublishable'],
    example: 'failed',
    description:
      'Why it was parked: a handler gave up (`failed`, redriven to its module), it was no valid event on ' +
      'arrival (`invalid`, redriven once it reads as one), it came from a publisher that does not own its ' +
      'module (`unauthentic`, never applied), or the relay could not read the stored event (`unpublishable`, ' +
      'handed back to the relay once readable)',
  })
  kind!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0190f7a5-7d21-7f0e-a3b6-9c8e2d4f1a60',
    description: 'Null when the message was not a valid event',
  })
  eventId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'rating.product-rated.v1' })
  type!: string | null;

  @ApiProperty({ example: 'deadlock detected', description: 'The last error' })
  error!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 5,
    description: 'Delivery attempts made before the message was parked',
  })
  attempts!: number;

  @ApiProperty({ format: 'date-time', example: '2026-01-15T09:30:00.000Z' })
  failedAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it was handed back to its consumer; null while pending',
  })
  redrivenAt!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The message as received: an event envelope, `{raw}` for a body that was not JSON, or ' +
      '`{truncated, bytes, head}` when it was larger than the storage limit',
  })
  envelope!: Record<string, unknown>;

  @ApiProperty({
    description: 'The stored envelope was cut to `DEAD_LETTER_MAX_ENVELOPE_BYTES`; it cannot be redriven',
  })
  truncated!: boolean;
}

export class RedriveResponse {
  @ApiProperty({ type: 'integer', minimum: 0, example: 3, description: 'Dead letters handed back to their consumer' })
  accepted!: number;

  @ApiProperty({ type: [String], example: [], description: 'Ids left pending because they hold no valid event' })
  invalid!: string[];
}
