/**
 * Finds the address a request came from, for rate limiting only (it is hashed
 * immediately and never stored).
 */
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** Maps "::ffff:1.2.3.4" to "1.2.3.4" so one client has one key on dual-stack sockets. */
function unmapIPv4(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * Returns the client's address.
 * @param trustProxy when true, use the last X-Forwarded-For entry. The last
 *   entry is the one appended by our own proxy (nginx's
 *   $proxy_add_x_forwarded_for); entries before it are whatever the client
 *   chose to send and must not be trusted.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const socketAddress = unmapIPv4(req.socket.remoteAddress ?? 'unknown');
  if (!trustProxy) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return socketAddress;
  const entries = value.split(',').map((part) => part.trim()).filter(Boolean);
  const last = entries[entries.length - 1];
  return last !== undefined && isIP(last) !== 0 ? unmapIPv4(last) : socketAddress;
}
