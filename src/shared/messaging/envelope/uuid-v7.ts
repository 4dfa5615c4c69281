import { randomBytes } from 'node:crypto';

// Every request takes an id (its correlation id), so random bytes come from a pool refilled 256 ids
// at a time rather than from one call into the crypto library (and one allocation) per id.
const POOL_BYTES = 16 * 256;
let pool = randomBytes(POOL_BYTES);
let offset = 0;

/** RFC 9562 UUID version 7: time-ordered, so event ids sort roughly by creation. */
export function uuidV7(now: number = Date.now()): string {
  if (offset === POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const bytes = pool.subarray(offset, (offset += 16));
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
