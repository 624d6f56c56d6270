import type { Transport } from '../../schemas/registry.ts';
import { parsePortInput } from '../ports/parse-port-input.ts';
import { TRANSPORTS } from '../ports/transports.ts';

/** Longer queries are cut to this many characters: no port name or phrase comes close. */
export const MAX_QUERY_LENGTH = 120;

/** What someone typed into a search box, read as a port number where it is one. */
export type SearchQuery =
  | { kind: 'empty' }
  /** A port number, in any of the forms people paste (see parseSearchQuery). */
  | { kind: 'port'; port: number; transport: Transport | null }
  /** Looks like a port number but is not one ("70000", "port -1"); `message` says why. */
  | { kind: 'not-a-port'; message: string }
  /** Anything else: words for the full-text index, whitespace tidied and length capped. */
  | { kind: 'text'; text: string };

const TRANSPORT = `(${TRANSPORTS.join('|')})`;
/**
 * The number forms: "8080", ":8080", "port 8080", "port: 8080", "8080/udp", "8080 udp", "tcp 8080",
 * "tcp/8080", "udp:53", and a socket address as `ss`, `netstat` or a browser prints it:
 * "127.0.0.1:8080", "*:8080", "[::]:8080", "localhost:8080", "http://localhost:3000/".
 */
const NUMBER_FORM = new RegExp(
  [
    '^(?:port\\s*[:#]?\\s*)?',
    `(?:${TRANSPORT}(?:\\s*[:/]\\s*|\\s+))?`,
    '(?:[a-z][a-z0-9+.-]*://)?',
    '(?:(?:\\[[0-9a-f:.]*\\]|[a-z0-9.*-]*):)?',
    '(-?\\d+)',
    `(?:\\s*/\\s*${TRANSPORT}|\\s+${TRANSPORT}|/)?$`,
  ].join(''),
  'i',
);

/**
 * Reads a search box query. Number forms (see NUMBER_FORM) become a port, checked with the same
 * rules as the port-number box; a number out of range becomes an explanation instead of a search.
 * Anything else ("12a", "1e3", "telnet", "license manager") is text for the index.
 */
export function parseSearchQuery(raw: string): SearchQuery {
  const tidy = raw.replace(/\s+/g, ' ').trim();
  const text = tidy.slice(0, MAX_QUERY_LENGTH).trim();
  if (text === '') return { kind: 'empty' };
  // Match the whole input, not the capped text: a 400-digit number is a number, just not a port.
  // NUMBER_FORM has no nested repetition, so this stays linear however long the input is.
  const match = NUMBER_FORM.exec(tidy);
  if (!match) return { kind: 'text', text };
  const [, before, digits, afterSlash, afterSpace] = match;
  const after = afterSlash ?? afterSpace;
  // "tcp 53 udp" names two transports: not a form anyone means.
  if (before && after && before.toLowerCase() !== after.toLowerCase()) return { kind: 'text', text };
  const transport = (before ?? after)?.toLowerCase() as Transport | undefined;
  const result = parsePortInput(digits!);
  if (!result.ok) return { kind: 'not-a-port', message: result.message };
  return { kind: 'port', port: result.port, transport: transport ?? null };
}
