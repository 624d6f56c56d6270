import { z } from 'astro/zod';
import { EXPOSURE_LEVELS } from './article.ts';
import { portChoiceReasonSchema, portChoiceSchema, reasonCodeSchema, verdictSchema } from './port-choice.ts';
import { registryRecordSchema, registrySourceSchema, registryStatusSchema } from './registry.ts';
import { softwarePortSchema, softwareSchema } from './software.ts';

/**
 * The downloads under /data/ and the per-port files, as zod schemas. Their JSON Schemas
 * (/data/schema/*.schema.json) are generated from these with `z.toJSONSchema`, and the records
 * reuse the shapes of the collections' own schemas, so a field is described once.
 */

const portNumber = z.number().int().min(0).max(65535);

/** A licence as a download states it. */
export const licenseSchema = z
  .object({
    id: z.string().meta({ description: 'SPDX identifier, e.g. "CC0-1.0" or "CC-BY-4.0".' }),
    name: z.string(),
    url: z.url().meta({ description: 'The licence text.' }),
    notice: z.string().meta({ description: 'What the licence covers and how to credit it, in one or two sentences.' }),
  })
  .strict();
export type License = z.infer<typeof licenseSchema>;

/** What every JSON download starts with: where its schema is, its licence and where the data came from. */
const headerShape = {
  $schema: z.url().meta({ description: 'The JSON Schema this file follows.' }),
  title: z.string(),
  license: licenseSchema,
  source: z.string().meta({ description: 'Where the data came from.' }),
  generated: z.iso.date().meta({ description: 'The day the site was built (UTC).' }),
  dataVersion: z.string().meta({ description: 'The registry sources the site was built from, as its pages name them.' }),
};

/**
 * A registry record as the download holds it: the collection's record, with its source named by
 * id (the file lists the sources once, in `registrySources`).
 */
export const registryDownloadRecordSchema = z
  .object({
    ...registryRecordSchema.shape,
    source: z.string().meta({ description: 'The `id` of the registry source (in `registrySources`) the record was read from.' }),
  })
  .strict();
export type RegistryDownloadRecord = z.infer<typeof registryDownloadRecordSchema>;

/** A port or a span of ports a product uses: `first` equals `last` for one port. */
const portSpanSchema = z.object({ first: portNumber, last: portNumber }).strict();

/** One software fact with its source, as content/software/*.yaml states it (the port read into a span). */
export const softwareFactSchema = z.object({ ...softwarePortSchema.shape, port: portSpanSchema }).strict();

/** A software product and every port fact it has. */
export const softwareDownloadRecordSchema = z.object({ ...softwareSchema.shape, ports: z.array(softwareFactSchema) }).strict();
export type SoftwareDownloadRecord = z.infer<typeof softwareDownloadRecordSchema>;

export const registryFileSchema = z
  .object({
    ...headerShape,
    registrySources: z.array(registrySourceSchema.strict()),
    records: z.array(registryDownloadRecordSchema).meta({
      description: "One entry per registry record: a service name on a port (or range) and transport, in IANA's order.",
    }),
  })
  .strict()
  .meta({ title: 'Port Atlas: the IANA port registry as the site shows it' });

export const softwareFileSchema = z
  .object({
    ...headerShape,
    records: z.array(softwareDownloadRecordSchema).meta({ description: 'One entry per product, by name; each port fact carries its source.' }),
  })
  .strict()
  .meta({ title: 'Port Atlas: software and the ports it uses' });

/** The verdict on one port, its reasons by code (the file explains each code once, in `reasons`). */
export const verdictDownloadRecordSchema = z
  .object({
    ...portChoiceSchema.shape,
    reasons: z.array(reasonCodeSchema).min(1).meta({ description: 'Why, most serious first: codes the file explains in `reasons`.' }),
  })
  .strict();
export type VerdictDownloadRecord = z.infer<typeof verdictDownloadRecordSchema>;

/** A reason code: the verdict it alone gives, and every source a port's reason of that code cites. */
export const reasonCodeEntrySchema = z
  .object({
    code: reasonCodeSchema,
    severity: verdictSchema,
    example: z.object({ port: portNumber, text: z.string() }).strict().meta({ description: 'How a port page words it, on the first port it applies to.' }),
    sources: portChoiceReasonSchema.shape.sources,
  })
  .strict();
export type ReasonCodeEntry = z.infer<typeof reasonCodeEntrySchema>;

export const verdictFileSchema = z
  .object({
    ...headerShape,
    reasons: z.array(reasonCodeEntrySchema),
    records: z.array(verdictDownloadRecordSchema).meta({ description: 'One entry per port, 0 to 65535.' }),
  })
  .strict()
  .meta({ title: 'Port Atlas: using port N for your own service, a verdict on every port' });

/** A product's fact as seen from one port: which product, and what it uses the port for. */
const portSoftwareSchema = z
  .object({
    slug: softwareSchema.shape.slug,
    name: softwareSchema.shape.name,
    category: softwareSchema.shape.category,
    status: softwareSchema.shape.status,
    ...softwareFactSchema.shape,
  })
  .strict();

/** What a port page shows, as data: the same fields the page is built from (src/page-data/port-page.ts). */
export const portDataSchema = z
  .object({
    port: portNumber,
    url: z.url().meta({ description: 'The port page.' }),
    status: registryStatusSchema,
    title: z.string().meta({ description: 'The page title without the site name.' }),
    heading: z.string(),
    subtitle: z.string(),
    description: z.string(),
    range: z.string().meta({ description: 'The RFC 6335 range: System, User or Dynamic/Private.' }),
    summary: z.object({ registry: z.string(), range: z.string(), software: z.string() }).strict(),
    note: z.string().nullable().meta({ description: 'The warning that real-world use differs from the registry, or null.' }),
    records: z.array(registryDownloadRecordSchema),
    software: z.array(portSoftwareSchema).meta({ description: 'Software known to use the port, most prominent first.' }),
    article: z
      .object({
        title: z.string(),
        description: z.string(),
        updated: z.iso.date(),
        names: z.array(z.string()),
        exposure: z.object({ level: z.enum(EXPOSURE_LEVELS), reason: z.string() }).strict().nullable(),
      })
      .strict()
      .nullable(),
    related: z.array(z.object({ port: portNumber, names: z.string() }).strict()),
    choice: portChoiceSchema.meta({ description: 'Using this port for your own service: the verdict, its reasons with their sources, and for "avoid" the nearest good ports.' }),
    nearby: z
      .object({
        below: z.object({ port: portNumber, names: z.string() }).strict().nullable(),
        above: z.object({ port: portNumber, names: z.string() }).strict().nullable(),
      })
      .strict()
      .meta({ description: 'The nearest assigned ports below and above.' }),
  })
  .strict();
export type PortData = z.infer<typeof portDataSchema>;

export const portFileSchema = z
  .object({ ...headerShape, registrySources: z.array(registrySourceSchema.strict()), data: portDataSchema })
  .strict()
  .meta({ title: 'Port Atlas: one port page as data' });
