import { CreateIdempotencyKeys1764000000600 } from './1764000000600-create-idempotency-keys.migration';

export const IDEMPOTENCY_MIGRATIONS = [CreateIdempotencyKeys1764000000600];
