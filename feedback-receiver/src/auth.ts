/**
 * Admin authentication for the summary endpoint.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Checks an Authorization header against the admin token in constant time.
 * Both sides are hashed first so the comparison also hides the token's length
 * (timingSafeEqual needs equal-length inputs).
 * @param header the raw Authorization header
 * @param token the configured token; undefined or empty denies everyone
 */
export function isAuthorisedAdmin(header: string | undefined, token: string | undefined): boolean {
  if (!token) return false;
  if (!header) return false;
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header);
  if (!match) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}
