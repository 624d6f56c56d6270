import type { RegistryPerson, RegistryRecord, RegistryReference, RegistryStatus, Transport } from '../../schemas/registry.ts';

const TRANSPORT_ORDER: readonly (Transport | null)[] = ['tcp', 'udp', 'sctp', 'dccp', null];

/** Records sharing one service name and description, across transports. */
export interface ServiceGroup {
  name: string;
  description: string;
  status: RegistryStatus;
  historic: boolean;
  replaces: string | null;
  /** First and last port when the records are a range record (225-241). */
  range: { first: number; last: number } | null;
  transports: (Transport | null)[];
  records: RegistryRecord[];
  assignees: RegistryPerson[];
  contacts: RegistryPerson[];
  /** Earliest registration and latest modification across the group. */
  registered: string | null;
  modified: string | null;
  references: RegistryReference[];
  notes: string[];
  unauthorizedUse: string[];
  /** Source ids that alone list some record of the group (see RegistryRecord.onlyIn). */
  onlyIn: string[];
}

/** A primary service with the alias names IANA lists as duplicates of it. */
export interface RegistryGroup extends ServiceGroup {
  aliases: ServiceGroup[];
}

const distinct = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];
const defined = <T>(items: (T | null)[]) => items.filter((i): i is T => i !== null);

/** Orders records by transport (TCP, UDP, SCTP, DCCP, none), then service name. */
export function sortRecords(records: readonly RegistryRecord[]): RegistryRecord[] {
  return [...records].sort(
    (a, b) =>
      TRANSPORT_ORDER.indexOf(a.transport) - TRANSPORT_ORDER.indexOf(b.transport) ||
      a.serviceName.localeCompare(b.serviceName),
  );
}

function toServiceGroup(records: RegistryRecord[]): ServiceGroup {
  const first = records[0]!;
  const dates = (pick: (r: RegistryRecord) => string | null) => defined(records.map(pick)).sort();
  return {
    name: first.serviceName,
    description: first.description,
    status: first.status,
    historic: records.every((r) => r.historic),
    replaces: first.replaces,
    range: first.portEnd !== first.port ? { first: first.port, last: first.portEnd } : null,
    transports: TRANSPORT_ORDER.filter((t) => records.some((r) => r.transport === t)),
    records,
    assignees: distinct(records.flatMap((r) => r.assignees), (p) => p.id),
    contacts: distinct(records.flatMap((r) => r.contacts), (p) => p.id),
    registered: dates((r) => r.registered)[0] ?? null,
    modified: dates((r) => r.modified).at(-1) ?? null,
    references: distinct(records.flatMap((r) => r.references), (ref) => `${ref.kind}:${ref.label}`),
    notes: [...new Set(defined(records.map((r) => r.notes)))],
    unauthorizedUse: [...new Set(defined(records.map((r) => r.unauthorizedUse)))],
    onlyIn: [...new Set(defined(records.map((r) => r.onlyIn)))],
  };
}

/** Groups by record list: a port's list comes from the port index, and its title, summary, table and neighbours' pages all ask. */
const grouped = new WeakMap<readonly RegistryRecord[], readonly RegistryGroup[]>();

/**
 * Groups a port's records the way a reader thinks of them: one entry per service, its
 * transports together, its alias names (80: www and www-http under http) beneath it.
 * Every record lands in exactly one group; nothing is dropped. Computed once per list.
 */
export function groupRegistryRecords(records: readonly RegistryRecord[]): readonly RegistryGroup[] {
  let groups = grouped.get(records);
  if (!groups) grouped.set(records, (groups = groupRecords(records)));
  return groups;
}

function groupRecords(records: readonly RegistryRecord[]): RegistryGroup[] {
  const byKey = new Map<string, RegistryRecord[]>();
  for (const r of sortRecords(records)) {
    const key = [r.aliasOf === null ? 'p' : 'a', r.serviceName, r.description, r.port, r.portEnd, r.status].join('\u0000');
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const services = [...byKey.values()].map(toServiceGroup);
  const primaries: RegistryGroup[] = services
    .filter((g) => g.records[0]!.aliasOf === null)
    .map((g) => ({ ...g, aliases: [] }));
  for (const alias of services.filter((g) => g.records[0]!.aliasOf !== null)) {
    const owner = primaries.find((p) => p.name === alias.records[0]!.aliasOf);
    // An alias of a name that is not on this port still gets shown, as its own entry.
    if (owner) owner.aliases.push(alias);
    else primaries.push({ ...alias, aliases: [] });
  }
  // Current names first; historic and retired entries after them.
  return primaries.sort((a, b) => Number(a.historic) - Number(b.historic));
}

/** "Dick van der Sijs (and.nl)": a person's name and, where known, the domain of their address. */
export function formatPerson(person: RegistryPerson): string {
  const name = person.name ?? person.id.replace(/_/g, ' ');
  const org = person.organization ?? person.domain;
  return org && org.toLowerCase() !== name.toLowerCase() ? `${name} (${org})` : name;
}
