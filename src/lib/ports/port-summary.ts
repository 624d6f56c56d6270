import type { RegistryRecord, RegistryStatus, Transport } from '../../schemas/registry';
import { formatSpan, portToRange } from './port-range';
import { formatPerson, groupRegistryRecords } from './registry-groups';

const TRANSPORT_ORDER: readonly Transport[] = ['tcp', 'udp', 'sctp', 'dccp'];

export { sortRecords } from './registry-groups';

/** "TCP and UDP", "TCP, UDP and SCTP". */
export function formatTransports(transports: readonly (Transport | null)[]): string {
  const names = TRANSPORT_ORDER.filter((t) => transports.includes(t)).map((t) => t.toUpperCase());
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
export function serviceNamesOf(records: readonly RegistryRecord[]): string[] {
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

/** The sentence naming the software known to use the port, or '' when there is none. */
export function describeSoftware(softwareNames: readonly string[]): string {
  const names = [...new Set(softwareNames)];
  if (names.length === 0) return '';
  return `Software known to use it: ${names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ')}.`;
}

/**
 * What IANA lists on the port, which range it sits in, and which software is known to use it.
 * Used as the summary and meta description of pages without an article.
 */
export function summarizePort(port: number, records: readonly RegistryRecord[], softwareNames: readonly string[] = []): string {
  return [describeRegistry(port, records), describeRange(port), describeSoftware(softwareNames)].filter(Boolean).join(' ');
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

/**
 * The names a reader looks for on a port: IANA's service names first, then other names in use
 * there (an article's names, software), without repeats, as many as fit a search result's title;
 * falls back to the status. "asia, serialnumberd". The page title, the link text of "Copy as
 * Markdown" and the preview card all use it, so they never disagree.
 */
export function portNames(records: readonly RegistryRecord[], otherNames: readonly string[] = []): string {
  const names = mergeNames([...serviceNamesOf(records), ...otherNames]);
  if (names.length === 0) {
    return fit(records.find((r) => r.status === 'assigned' && r.description)?.description ?? portStatus(records));
  }
  let text = names[0]!;
  for (const name of names.slice(1)) {
    if (`${text}, ${name}`.length <= NAMES_MAX) text += `, ${name}`;
  }
  return fit(text);
}

/** The page title: "Port 626: asia, serialnumberd". */
export function portTitle(port: number, records: readonly RegistryRecord[], otherNames: readonly string[] = []): string {
  return `Port ${port}: ${portNames(records, otherNames)}`;
}

/** The text of a link to the port's page, as "Copy as Markdown" writes it: "Port 626 - asia, serialnumberd". */
export function portLinkText(port: number, records: readonly RegistryRecord[], otherNames: readonly string[] = []): string {
  return `Port ${port} - ${portNames(records, otherNames)}`;
}
