import type { RegistryRecord, RegistryStatus, Transport } from '../../schemas/registry';
import { formatSpan, portToRange } from './port-range';

const TRANSPORT_ORDER: readonly Transport[] = ['tcp', 'udp', 'sctp', 'dccp'];

/** "TCP and UDP", "TCP, UDP and SCTP". */
export function formatTransports(transports: readonly Transport[]): string {
  const names = TRANSPORT_ORDER.filter((t) => transports.includes(t)).map((t) => t.toUpperCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Orders records the way the registry table shows them: by transport, then service name. */
export function sortRecords(records: readonly RegistryRecord[]): RegistryRecord[] {
  return [...records].sort(
    (a, b) =>
      TRANSPORT_ORDER.indexOf(a.transport) - TRANSPORT_ORDER.indexOf(b.transport) ||
      a.serviceName.localeCompare(b.serviceName),
  );
}

/** The port's overall status: assigned if any record is, else reserved if any is, else unassigned. */
export function portStatus(records: readonly RegistryRecord[]): RegistryStatus {
  if (records.some((r) => r.status === 'assigned')) return 'assigned';
  if (records.some((r) => r.status === 'reserved')) return 'reserved';
  return 'unassigned';
}

/** Distinct service names of the assigned records, primary names first, in table order. */
export function serviceNamesOf(records: readonly RegistryRecord[]): string[] {
  const names = new Set<string>();
  for (const r of sortRecords(records)) if (r.status === 'assigned' && r.serviceName) names.add(r.serviceName);
  for (const r of sortRecords(records)) for (const alias of r.aliases) names.add(alias);
  return [...names];
}

/** Groups records that differ only by transport: "asia (ASIA) on TCP and UDP". */
function groupByService(records: readonly RegistryRecord[]) {
  const groups = new Map<string, { name: string; description: string; transports: Transport[] }>();
  for (const r of sortRecords(records)) {
    const key = `${r.serviceName}\u0000${r.description}`;
    const group = groups.get(key) ?? { name: r.serviceName, description: r.description, transports: [] };
    group.transports.push(r.transport);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** What IANA lists on the port, in one sentence written from the registry alone. */
export function describeRegistry(port: number, records: readonly RegistryRecord[]): string {
  const status = portStatus(records);
  if (status === 'unassigned') {
    return `IANA has not assigned port ${port} to any service on any transport.`;
  }
  if (status === 'reserved') {
    const on = formatTransports(records.filter((r) => r.status === 'reserved').map((r) => r.transport));
    return `IANA lists port ${port} as reserved on ${on}: it is held back and not assigned to a service.`;
  }
  const parts = groupByService(records.filter((r) => r.status === 'assigned')).map((g) => {
    const on = `on ${formatTransports(g.transports)}`;
    if (!g.name) return `for ${g.description || 'an unnamed service'} ${on}`;
    const said = g.description && g.description.toLowerCase() !== g.name.toLowerCase() ? ` (${g.description})` : '';
    return `as ${g.name}${said} ${on}`;
  });
  const listed = parts.length <= 2 ? parts.join(', and ') : `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}`;
  return `IANA lists port ${port} ${listed}.`;
}

/** The sentence that places the port in its RFC 6335 range. */
export function describeRange(port: number): string {
  const range = portToRange(port);
  return `Port ${port} is in the ${range.name} range (${formatSpan(range.first, range.last)}).`;
}

/**
 * What IANA lists on the port and which range it sits in. Used as the summary and meta description
 * of pages without an article.
 */
export function summarizePort(port: number, records: readonly RegistryRecord[]): string {
  return `${describeRegistry(port, records)} ${describeRange(port)}`;
}

/**
 * The names a reader looks for on a port, for the page title: IANA's service names first, then
 * other names in use there (from an article), without repeats. Falls back to the status.
 */
export function portTitle(port: number, records: readonly RegistryRecord[], otherNames: readonly string[] = []): string {
  const names = [...new Set([...serviceNamesOf(records), ...otherNames])];
  if (names.length === 0) {
    const described = records.find((r) => r.status === 'assigned' && r.description)?.description;
    return `Port ${port}: ${described ?? portStatus(records)}`;
  }
  const shown = names.slice(0, 4);
  return `Port ${port}: ${shown.join(', ')}${names.length > shown.length ? ', …' : ''}`;
}
