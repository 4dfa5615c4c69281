import { ApiProperty } from '@nestjs/swagger';

/** One stored event: the envelope exactly as recorded, plus where and when the store placed and published it. */
export class EventLogItemResponse {
  @ApiProperty({ example: '1042', description: 'Global position in the event store (a 64-bit integer, as a string)' })
  position!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({
    example: 'reviews.review-added.v1',
    description: 'Wire type as recorded (older versions stay as they were)',
  })
  type!: string;

  @ApiProperty({ example: 'reviews', description: 'Module that recorded the event' })
  module!: string;

  @ApiProperty({ example: 'reviews.review:0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' })
  streamId!: string;

  @ApiProperty({ example: 1 })
  streamVersion!: number;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty()
  correlationId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Id of the event that caused this one, if any' })
  causationId!: string | null;

  @ApiProperty({ example: 'admin-1', description: 'User id that caused the event, or `system`' })
  actor!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'As described for its type in /docs/asyncapi.json',
  })
  payload!: Record<string, unknown>;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the relay published it; null until then',
  })
  publishedAt!: string | null;
}
