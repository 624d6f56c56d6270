import type { RegistryRecord, RegistryStatus, Transport } from '../../schemas/registry.ts';
import { formatSpan, portToRange } from './port-range.ts';
import { TRANSPORTS } from './transports.ts';
import { protocolLabel } from './protocol-labels.ts';
import { formatPerson, groupRegistryRecords } from './registry-groups.ts';


export { sortRecords } from './registry-groups.ts';

/** "TCP and UDP", "TCP, UDP and SCTP". */
export function formatTransports(transports: readonly (Transport | null)[]): string {
  const names = TRANSPORTS.filter((t) => transports.includes(t)).map((t) => t.toUpperCase());
  if (names.length === 0) return 'any transport';
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The port's overall status: assigned if any record is, else reserved if any is, else unassigned. */
export function portStatus(records: readonly RegistryRecord[]): RegistryStatus {
  if (records.some((r) => r.status === 'assigned')) return 'assigned';
  if (records.some((r) => r.status === 'reserved')) return 'reserved';
  return 'unassigned';
}

/**
 * Service names a reader would look for, in order: current primary names, then alias names,
 * then historic ones. Reserved and unassigned entries have none.
 */
export function serviceNamesOf(records: readonly RegistryRecord[]): readonly string[] {
  let names = serviceNames.get(records);
  if (!names) serviceNames.set(records, (names = namesOf(records)));
  return names;
}

/** Computed once per record list (see groupRegistryRecords), and shared: hence read-only. */
const serviceNames = new WeakMap<readonly RegistryRecord[], readonly string[]>();

function namesOf(records: readonly RegistryRecord[]): string[] {
  const groups = groupRegistryRecords(records).filter((g) => g.status === 'assigned');
  const names = [
    ...groups.filter((g) => !g.historic).map((g) => g.name),
    ...groups.flatMap((g) => g.aliases.filter((a) => !a.historic).map((a) => a.name)),
    ...groups.filter((g) => g.historic).map((g) => g.name),
    ...groups.flatMap((g) => g.aliases.filter((a) => a.historic).map((a) => a.name)),
    ...groups.map((g) => g.replaces),
  ];
  return [...new Set(names.filter((n): n is string => !!n))];
}

/** What IANA lists on the port, in one sentence (two for several services) written from the registry alone. */
export function describeRegistry(port: number, records: readonly RegistryRecord[]): string {
  const status = portStatus(records);
  if (status === 'unassigned') {
    return `IANA has not assigned port ${port} to any service on any transport.`;
  }
  if (status === 'reserved') {
    const on = formatTransports(records.filter((r) => r.status === 'reserved').map((r) => r.transport));
    return `IANA lists port ${port} as reserved on ${on}: it is held back and not assigned to a service.`;
  }
  const parts = groupRegistryRecords(records)
    .filter((g) => g.status === 'assigned' && !g.historic)
    .map((g) => {
      const on = `on ${formatTransports(g.transports)}`;
      if (!g.name) return `for ${g.description || 'an unnamed service'} ${on}`;
      const said = g.description && g.description.toLowerCase() !== g.name.toLowerCase() ? ` (${g.description})` : '';
      const aka = g.aliases.length ? `, also named ${g.aliases.map((a) => a.name).join(' and ')}` : '';
      const by = g.assignees.length ? `, assigned to ${g.assignees.map(formatPerson).join(' and ')}` : '';
      return `as ${g.name}${said} ${on}${aka}${by}`;
    });
  if (parts.length === 0) return `IANA lists only historic or removed entries for port ${port}.`;
  const listed = parts.length <= 2 ? parts.join('; and ') : `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}`;
  return `IANA lists port ${port} ${listed}.`;
}

/** The sentence that places the port in its RFC 6335 range. */
export function describeRange(port: number): string {
  const range = portToRange(port);
  return `Port ${port} is in the ${range.name} range (${formatSpan(range.first, range.last)}).`;
}

/**
 * The sentence naming the software known to use the port, or '' when there is none. `names` are
 * the products that name the port, leading first; `leading` how many of them lead (named in the
 * title). Only the leaders are named when there are any, else the first three.
 */
export function describeSoftware(names: readonly string[], leading = 0): string {
  const unique = [...new Set(names)];
  if (unique.length === 0) return '';
  const shown = unique.slice(0, leading > 0 ? Math.min(leading, 3) : 3);
  const rest = unique.length - shown.length;
  const listed = shown.length <= 2 ? shown.join(' and ') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  if (rest === 0) return `Software known to use it: ${listed}.`;
  return `Software known to use it: ${listed}, and ${rest} more listed below.`;
}

/**
 * What IANA lists on the port, which range it sits in, and which software is known to use it.
 * Used as the summary and meta description of pages without an article.
 */
export function summarizePort(port: number, records: readonly RegistryRecord[], softwareNames: readonly string[] = [], leading = 0): string {
  return [describeRegistry(port, records), describeRange(port), describeSoftware(softwareNames, leading)].filter(Boolean).join(' ');
}

/**
 * Adds names in order, skipping one that repeats an earlier name or merely spells it out
 * ("Apple serialnumberd (Mac OS X Server)" after "serialnumberd").
 */
export function mergeNames(names: readonly string[]): string[] {
  const kept: string[] = [];
  const words = (n: string) => n.toLowerCase().split(/[^a-z0-9+.-]+/).filter(Boolean);
  for (const name of names) {
    const candidate = words(name);
    const covered = kept.some((k) => {
      const known = words(k);
      return known.length > 0 && known.every((w) => candidate.includes(w));
    });
    if (!covered) kept.push(name);
  }
  return kept;
}

/** Longest page title before the site name (" · Port Atlas") is appended: 70 characters in all. */
export const TITLE_MAX = 57;
/** Room for names after the longest prefix, "Port 65535: ". */
const NAMES_MAX = TITLE_MAX - 'Port 65535: '.length;

const fit = (text: string) => (text.length <= NAMES_MAX ? text : `${text.slice(0, NAMES_MAX - 1).trimEnd()}…`);

/** A product that leads on a port (named in its title and summary), and how it relates to the registry. */
export interface LeadingProduct {
  /** The name a title uses: the product's shortName, else its name. */
  name: string;
  /** True when the product speaks a service IANA registered on this port. */
  speaksRegistered: boolean;
  /** The service it speaks (software schema `implements`). */
  implements?: string | undefined;
}

/** What names a port beyond its registry records: an article's names and the leading products. */
export interface PortNaming {
  /** Names an article gives the port that IANA does not list ("serialnumberd" on 626). */
  articleNames: readonly string[];
  /** The leading products, at most three, leading first. */
  products: readonly LeadingProduct[];
}

export const NO_NAMING: PortNaming = { articleNames: [], products: [] };

/** Appends items to `head` as "head (a, b)" while the whole fits; the first item always goes in. */
function withList(head: string, items: readonly string[], wrap: (list: string) => string, max = NAMES_MAX): string {
  let shown: string[] = [];
  for (const item of items) {
    const next = [...shown, item];
    if (shown.length > 0 && `${head}${wrap(next.join(', '))}`.length > max) break;
    shown = next;
  }
  return shown.length ? `${head}${wrap(shown.join(', '))}` : head;
}

/**
 * The names a reader looks for on a port, as a title says them; the one place that decides them
 * (page title, subtitle, preview card, "Copy as Markdown" and the home page's list all call it).
 * - Products that speak the registered protocol: the protocol's everyday name, then the leading
 *   products: "SSH (OpenSSH, Dropbear)", "HTTP (nginx, Apache, IIS)".
 * - Leading products that speak something else (a squatted port): the products, then what is
 *   registered: "Grafana (registered: hbci)"; on an unassigned port, the products alone.
 * - No leading products: IANA's service names, then the article's names: "asia, serialnumberd".
 *   (An article's names are what people search for, "quic" on 443; next to products they would
 *   read as products, so a title with products leaves them to search.)
 * Malware, historic products and pools never reach `naming.products` (see `leadingUses`).
 */
export function portNames(records: readonly RegistryRecord[], naming: PortNaming = NO_NAMING): string {
  const registered = serviceNamesOf(records);
  const products = mergeNames(naming.products.map((p) => p.name));
  const squatting = naming.products.some((p) => !p.speaksRegistered);
  if (products.length > 0 && registered.length === 0) return fit(withList('', products, (l) => l));
  if (products.length > 0 && squatting) {
    const tail = ` (registered: ${registered[0]})`;
    return fit(`${withList('', products, (l) => l, NAMES_MAX - tail.length)}${tail}`);
  }
  if (products.length > 0) {
    // The protocol the leaders speak names the port: RIP on 520/udp, not efs, which IANA lists on 520/tcp.
    const spoken = naming.products.find((p) => p.speaksRegistered && p.implements && registered.includes(p.implements))?.implements;
    const label = protocolLabel(spoken ?? registered[0]!);
    const words = (t: string) => t.toLowerCase().split(/\s+/);
    const within = (a: string[], b: string[]) => a.every((w) => b.includes(w));
    const same = (p: string) => within(words(p), words(label));
    const others = products.filter((p) => !same(p));
    // The protocol is the product ("MySQL", "Redis"): "MySQL, MariaDB" rather than "MySQL (MySQL, MariaDB)".
    if (others.length < products.length) return fit(withList(label, others, (l) => `, ${l}`));
    return fit(withList(label, products, (l) => ` (${l})`));
  }
  const names = mergeNames([...registered, ...naming.articleNames]);
  if (names.length === 0) {
    return fit(records.find((r) => r.status === 'assigned' && r.description)?.description ?? portStatus(records));
  }
  return fit(withList(names[0]!, names.slice(1), (l) => `, ${l}`));
}

/** The page title: "Port 22: SSH (OpenSSH, Dropbear)". */
export function portTitle(port: number, records: readonly RegistryRecord[], naming: PortNaming = NO_NAMING): string {
  return `Port ${port}: ${portNames(records, naming)}`;
}

/** The text of a link to the port's page, as "Copy as Markdown" writes it: "Port 626 - asia, serialnumberd". */
export function portLinkText(port: number, records: readonly RegistryRecord[], naming: PortNaming = NO_NAMING): string {
  return `Port ${port} - ${portNames(records, naming)}`;
}
