import { ApiProperty } from '@nestjs/swagger';

/** One stored event: the envelope exactly as recorded, plus where and when the store placed and published it. */
export class EventLogItemResponse {
  @ApiProperty({ example: '1042', description: 'Global position in the event store (a 64-bit integer, as a string)' })
  position!: string;

  @ApiProperty({ format: 'uuid', example: '0190f7a5-7d21-7f0e-a3b6-9c8e2d4f1a60' })
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

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  streamVersion!: number;

  @ApiProperty({ format: 'date-time', example: '2026-01-15T09:30:00.000Z' })
  occurredAt!: string;

  @ApiProperty({
    example: '0190f7a5-7d1f-7b55-8e0a-3c6d9f2b1e47',
    description: 'Of the request or event that caused it',
  })
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
