/**
 * Pseudonymous client keys. The address is hashed together with a random salt
 * that exists only in this process's memory and is replaced at every UTC
 * midnight, so a stored hash cannot be turned back into an address (the salt
 * is never written anywhere) nor linked to the same client on another day.
 */
import { createHash, randomBytes } from 'node:crypto';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Number of the UTC day containing the given epoch milliseconds. */
export function utcDayNumber(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS);
}

export interface ClientHasher {
  /** sha256(salt of the current UTC day + address) as hex. */
  hash(address: string): string;
}

/**
 * Creates a hasher whose salt rotates when the UTC day changes.
 * @param now clock in epoch milliseconds (injectable for tests)
 * @param makeSalt source of fresh salts (32 random bytes by default)
 */
export function createClientHasher(
  now: () => number = Date.now,
  makeSalt: () => Buffer = () => randomBytes(32),
): ClientHasher {
  let day = utcDayNumber(now());
  let salt = makeSalt();
  return {
    hash(address: string): string {
      const today = utcDayNumber(now());
      if (today !== day) {
        // Rotation is checked lazily on use: no timer to keep alive or drift.
        day = today;
        salt = makeSalt();
      }
      return createHash('sha256').update(salt).update(address, 'utf8').digest('hex');
    },
  };
}
