import type { RegistryRecord } from '../../schemas/registry.ts';
import { portToRange } from '../ports/port-range.ts';
import { portStatus, serviceNamesOf } from '../ports/port-summary.ts';
import { TRANSPORTS } from '../ports/transports.ts';

/** What the search index learns about one port page; the page writes it into its markup. */
export interface PortSearchEntry {
  port: number;
  /**
   * Whether the page goes into the index. A page that only says "unassigned" stays out: it would
   * add tens of thousands of near-identical pages to the index, and a number query reaches every port anyway.
   */
  indexed: boolean;
  /** Every name the port is known by: IANA's service names, the article's names, then the software. */
  names: string[];
  /** The names the port should rank first for: IANA's service names, the article's names, the leading products. */
  strongNames: string[];
  /** What IANA calls the services ("Network Time Protocol"): a phrase query should find the port before pages that merely use its words. */
  descriptions: string[];
  /** Filter value: the RFC 6335 range ("System", "User", "Dynamic/Private"). */
  range: string;
  /** Filter values: the transports IANA registered the port on ("TCP", "UDP", ...). */
  transports: string[];
}

/** Names in use on a port that IANA does not list, as search should weigh them. */
export interface OtherNames {
  /** The article's names and the leading products: searched for, this port should come first. */
  leading: readonly string[];
  /** Every other product that names the port: findable, but not ahead of a port it leads on. */
  other: readonly string[];
}

/**
 * Derives a port's search entry from the same records and names its page shows, so the index
 * can never say something the page does not.
 */
export function portSearchEntry(
  port: number,
  records: readonly RegistryRecord[],
  otherNames: OtherNames = { leading: [], other: [] },
  hasArticle = false,
): PortSearchEntry {
  const status = portStatus(records);
  const strongNames = [...new Set([...serviceNamesOf(records), ...otherNames.leading])];
  const names = [...new Set([...strongNames, ...otherNames.other])];
  // Assigned records decide the transports; a reserved-only port lists where it is reserved.
  const listed = status === 'unassigned' ? [] : records.filter((r) => r.status === status);
  return {
    port,
    indexed: status !== 'unassigned' || hasArticle || names.length > 0,
    names,
    strongNames,
    descriptions: [...new Set(records.filter((r) => r.status === 'assigned' && !r.historic && r.description).map((r) => r.description))],
    range: portToRange(port).name,
    transports: TRANSPORTS.filter((t) => listed.some((r) => r.transport === t)).map((t) => t.toUpperCase()),
  };
}

/**
 * The names as index words: lower-case, each name one word without its inner spaces, hyphens,
 * dots or underscores ("ms-sql-s" -> "mssqls", "Grafana Loki" -> "grafanaloki"), separated by
 * spaces. As one word, "Grafana Loki" is only a prefix match for "grafana", so the port where
 * Grafana itself leads ranks first. Empty when there are no names.
 */
export function nameKeys(names: readonly string[]): string {
  return names.map((n) => n.toLowerCase().replace(/[-_.\s]/g, '')).join(' ');
}

/**
 * The index words of an entry in two weights: `strong` holds the names the port should rank
 * first for, each as one word; `weak` holds the single words of multi-word names and every other
 * name, so "loki" still finds Grafana Loki and "airflow" finds 8080 behind the products that lead there.
 */
export function weightedNameKeys(entry: Pick<PortSearchEntry, 'names' | 'strongNames'>): { strong: string; weak: string } {
  const strong = new Set(entry.strongNames);
  const words = (n: string) => (/\s/.test(n) ? nameKeys(n.split(/\s+/)) : '');
  const weak = [...entry.strongNames.map(words), ...entry.names.filter((n) => !strong.has(n)).flatMap((n) => [nameKeys([n]), words(n)])];
  return { strong: nameKeys(entry.strongNames), weak: weak.filter(Boolean).join(' ') };
}
