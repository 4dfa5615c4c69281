import { CreateMessagingSchema1764000000000 } from './1764000000000-create-messaging-schema.migration';
import { SettleEventPositions1764000000500 } from './1764000000500-settle-event-positions.migration';
import { AddEventTraceParent1764000000700 } from './1764000000700-add-event-trace-parent.migration';
import { ParkUnreadableEvents1764000000800 } from './1764000000800-park-unreadable-events.migration';

export const MESSAGING_MIGRATIONS = [
  CreateMessagingSchema1764000000000,
  SettleEventPositions1764000000500,
  AddEventTraceParent1764000000700,
  ParkUnreadableEvents1764000000800,
];
