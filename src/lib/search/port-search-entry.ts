import type { RegistryRecord } from '../../schemas/registry';
import { portToRange } from '../ports/port-range';
import { portStatus, serviceNamesOf } from '../ports/port-summary';
import { TRANSPORT_NAMES } from './search-config';

/** What the search index learns about one port page; the page writes it into its markup. */
export interface PortSearchEntry {
  port: number;
  /**
   * Whether the page goes into the index. A page that only says "unassigned" stays out: it would
   * add 59,000 near-identical pages to the index, and a number query reaches every port anyway.
   */
  indexed: boolean;
  /** Every name the port is known by: IANA's service names, then other names in use there. */
  names: string[];
  /** Filter value: the RFC 6335 range ("System", "User", "Dynamic/Private"). */
  range: string;
  /** Filter values: the transports IANA registered the port on ("TCP", "UDP", ...). */
  transports: string[];
}

/**
 * Derives a port's search entry from the same records and names its page shows, so the index
 * can never say something the page does not. `otherNames` are names in use on the port that IANA
 * does not list (from an article, or from the software that uses the port).
 */
export function portSearchEntry(
  port: number,
  records: readonly RegistryRecord[],
  otherNames: readonly string[] = [],
  hasArticle = false,
): PortSearchEntry {
  const status = portStatus(records);
  const names = [...new Set([...serviceNamesOf(records), ...otherNames])];
  // Assigned records decide the transports; a reserved-only port lists where it is reserved.
  const listed = status === 'unassigned' ? [] : records.filter((r) => r.status === status);
  return {
    port,
    indexed: status !== 'unassigned' || hasArticle || otherNames.length > 0,
    names,
    range: portToRange(port).name,
    transports: TRANSPORT_NAMES.filter((t) => listed.some((r) => r.transport === t)).map((t) => t.toUpperCase()),
  };
}

/**
 * The names as index words: lower-case, each name one word without its inner hyphens, dots or
 * underscores ("ms-sql-s" -> "mssqls"), separated by spaces. Empty when there are no names.
 */
export function nameKeys(names: readonly string[]): string {
  return names.map((n) => n.toLowerCase().replace(/[-_.]/g, '')).join(' ');
}
