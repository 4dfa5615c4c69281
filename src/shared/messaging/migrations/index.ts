import { CreateMessagingSchema1764000000000 } from './1764000000000-create-messaging-schema.migration';

export const MESSAGING_MIGRATIONS = [CreateMessagingSchema1764000000000];
