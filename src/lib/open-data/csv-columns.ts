import { formatPerson } from '../ports/registry-groups.ts';
import type { RegistryReference } from '../../schemas/registry.ts';
import type { RegistryDownloadRecord, SoftwareDownloadRecord, VerdictDownloadRecord } from '../../schemas/open-data.ts';
import type { CsvColumn } from './csv-writer.ts';

/** A column named after the JSON field it copies, so the CSV and the JSON read alike. */
const field = <T, K extends keyof T & string>(key: K): CsvColumn<T> => ({ header: key, value: (r) => r[key] as string | number | boolean | null });

/** Several values in one cell: "; " between them. */
const list = (values: readonly string[]) => values.join('; ');

/** A reference as one cell: its link where it has one, else its label. */
export const referenceCell = (reference: RegistryReference) => reference.url ?? reference.label;

/**
 * registry.csv: one row per record, the JSON's fields in its order, lists joined with "; " (people
 * as the port pages name them: "Name (organisation or domain)").
 */
export const REGISTRY_COLUMNS: readonly CsvColumn<RegistryDownloadRecord>[] = [
  field('port'),
  field('portEnd'),
  field('transport'),
  field('serviceName'),
  field('description'),
  field('status'),
  field('aliasOf'),
  field('historic'),
  field('replaces'),
  { header: 'assignees', value: (r) => list(r.assignees.map(formatPerson)) },
  { header: 'contacts', value: (r) => list(r.contacts.map(formatPerson)) },
  field('registered'),
  field('modified'),
  { header: 'references', value: (r) => list(r.references.map(referenceCell)) },
  field('notes'),
  field('unauthorizedUse'),
  field('serviceCode'),
  field('source'),
  field('onlyIn'),
];

/** One row of software.csv: a product and one of its port facts. */
export interface SoftwareFactRow {
  product: SoftwareDownloadRecord;
  fact: SoftwareDownloadRecord['ports'][number];
}

/** The rows of software.csv, product by product in the JSON's order. */
export const softwareFactRows = (products: readonly SoftwareDownloadRecord[]): SoftwareFactRow[] =>
  products.flatMap((product) => product.ports.map((fact) => ({ product, fact })));

/** software.csv: one row per port fact, the product's fields repeated on each. */
export const SOFTWARE_COLUMNS: readonly CsvColumn<SoftwareFactRow>[] = [
  { header: 'slug', value: (r) => r.product.slug },
  { header: 'name', value: (r) => r.product.name },
  { header: 'vendor', value: (r) => r.product.vendor },
  { header: 'category', value: (r) => r.product.category },
  { header: 'status', value: (r) => r.product.status },
  { header: 'homepage', value: (r) => r.product.homepage },
  { header: 'productNotes', value: (r) => r.product.notes },
  { header: 'port', value: (r) => r.fact.port.first },
  { header: 'portEnd', value: (r) => r.fact.port.last },
  { header: 'transport', value: (r) => r.fact.transport },
  { header: 'purpose', value: (r) => r.fact.purpose },
  { header: 'default', value: (r) => r.fact.default },
  { header: 'implements', value: (r) => r.fact.implements },
  { header: 'tier', value: (r) => r.fact.tier },
  { header: 'basisKind', value: (r) => r.fact.basis?.kind },
  { header: 'basisReason', value: (r) => r.fact.basis?.reason },
  { header: 'basisSource', value: (r) => r.fact.basis?.source },
  { header: 'basisDate', value: (r) => r.fact.basis?.date },
  { header: 'source', value: (r) => r.fact.source },
  { header: 'sourceKind', value: (r) => r.fact.sourceKind },
  { header: 'notes', value: (r) => r.fact.notes },
];

/** verdicts.csv: one row per port, the reasons' codes joined with "; ", the alternatives in two columns. */
export const VERDICT_COLUMNS: readonly CsvColumn<VerdictDownloadRecord>[] = [
  field('port'),
  field('verdict'),
  { header: 'reasons', value: (r) => list(r.reasons) },
  { header: 'alternativeBelow', value: (r) => r.alternatives?.below },
  { header: 'alternativeAbove', value: (r) => r.alternatives?.above },
];
