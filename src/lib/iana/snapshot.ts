/**
 * The committed snapshot of IANA's registry (data/iana/): which files it holds and how many
 * records each had when it was taken. A file that parses but holds far fewer records than the
 * snapshot it replaces was cut short (a CSV cut at a row boundary parses cleanly), so both the
 * build and `npm run registry:update` refuse it.
 */
import type { IanaFormat } from './index.ts';

export const SNAPSHOT_DIR = 'data/iana';
export const SNAPSHOT_MANIFEST = 'data/iana/manifest.json';
export const SNAPSHOT_FILES: Readonly<Record<IanaFormat, string>> = {
  xml: 'data/iana/service-names-port-numbers.xml',
  csv: 'data/iana/service-names-port-numbers.csv',
};

/** Where each format is published by IANA. */
export const IANA_URLS: Readonly<Record<IanaFormat, string>> = {
  xml: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
  csv: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.csv',
};

/** What the manifest says of one file. */
export interface SnapshotEntry {
  /** Records the parser read from the file. */
  records: number;
  /** The registry's own newest date in the file. */
  updated: string | null;
  /** When the file was fetched (or copied into the repository), YYYY-MM-DD. */
  fetched: string;
  /** Where it came from. */
  from: string;
}
export type SnapshotManifest = Partial<Record<IanaFormat, SnapshotEntry>>;

/**
 * A registry may shrink a little between editions (records merged or removed); more than this
 * share missing means the file is incomplete.
 */
export const MIN_SHARE_OF_PREVIOUS = 0.95;

/** Null when `records` is a plausible successor of `previous`, else the reason naming the file and the counts. */
export function incompleteReason(file: string, records: number, previous: SnapshotEntry | undefined): string | null {
  if (!previous) return null;
  if (records >= Math.ceil(previous.records * MIN_SHARE_OF_PREVIOUS)) return null;
  return (
    `${file} holds ${records} records, but the snapshot it replaces held ${previous.records} ` +
    `(registry updated ${previous.updated ?? 'unknown'}): fewer than ${Math.round(MIN_SHARE_OF_PREVIOUS * 100)} % of them, so the file is taken to be truncated. ` +
    'Download it again with `npm run registry:update`, or restore it with `git checkout data/iana`.'
  );
}
