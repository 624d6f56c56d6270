/**
 * Refreshes the committed snapshot of IANA's Service Name and Transport
 * Protocol Port Number Registry in data/iana/: both editions (the XML names
 * the people, the CSV is often newer) and manifest.json, which records each
 * file's record count so that a truncated file is refused, here and by the build.
 *
 *   node scripts/registry-update.ts
 *
 * Runs directly under Node 24's built-in type stripping, so this file (and
 * everything it imports) sticks to erasable TypeScript syntax and imports
 * local modules with their .ts extension.
 *
 * The download is parsed with the same parser the build uses before it
 * replaces anything, and the replacement is a rename of a fully written temp
 * file, so a failed, truncated or non-registry download never clobbers the
 * copy the build relies on.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIanaRegistry, type IanaFormat } from '../src/lib/iana/index.ts';
import { IANA_URLS, incompleteReason, SNAPSHOT_FILES, SNAPSHOT_MANIFEST, type SnapshotEntry, type SnapshotManifest } from '../src/lib/iana/snapshot.ts';

export const REGISTRY_URL = IANA_URLS.xml;

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the build expects the registry: <repo>/data/iana/service-names-port-numbers.xml. */
export const DEFAULT_DESTINATION = join(REPO_ROOT, SNAPSHOT_FILES.xml);

/** Long enough for a 4 MB file on a slow link, short enough to fail fast when offline. */
const DEFAULT_TIMEOUT_MS = 20_000;

export interface RegistryUpdateOptions {
  url?: string;
  destination?: string;
  /** Which edition is downloaded; decides the parser (default xml). */
  format?: IanaFormat;
  /** What the manifest says of the file being replaced: a download with far fewer records is refused. */
  previous?: SnapshotEntry;
  timeoutMs?: number;
  /** Injected by tests so they never touch the network. */
  fetchImpl?: typeof fetch;
}

export interface RegistryUpdateResult {
  destination: string;
  records: number;
  /** The registry's own <updated> date. */
  updated: string | null;
  bytes: number;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Shortest useful explanation of a failed fetch, e.g. "getaddrinfo ENOTFOUND www.iana.org". */
function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'no answer within the time limit';
    const cause: unknown = error.cause;
    if (cause instanceof Error && cause.message) return cause.message;
    return error.message || error.name;
  }
  return String(error);
}

/**
 * Downloads the registry XML, checks it parses, and atomically replaces the
 * local copy.
 *
 * @param options URL, destination, timeout and fetch implementation overrides
 * @returns where it was written, how many records it has and its updated date
 * @throws Error with a one-line message when the download fails (the local
 *   copy is untouched) or when the download is not a valid registry
 */
export async function updateRegistry(options: RegistryUpdateOptions = {}): Promise<RegistryUpdateResult> {
  const format = options.format ?? 'xml';
  const url = options.url ?? IANA_URLS[format];
  const destination = options.destination ?? join(REPO_ROOT, SNAPSHOT_FILES[format]);
  const fetchImpl = options.fetchImpl ?? fetch;
  const shown = relative(process.cwd(), destination) || destination;
  const fallback = (await exists(destination))
    ? `the build keeps using ${shown}`
    : `there is no local copy at ${shown} yet, so the build cannot use the registry`;

  const offline = (error: unknown): Error =>
    new Error(`could not download ${url}: ${describeFetchError(error)}. You are probably offline; ${fallback}.`, {
      cause: error,
    });

  // One signal for the whole exchange: the timeout also covers reading the body.
  const signal = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetchImpl(url, { signal });
  } catch (error) {
    throw offline(error);
  }
  if (!response.ok) {
    throw new Error(`could not download ${url}: IANA answered HTTP ${response.status}; ${fallback}.`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw offline(error);
  }

  let registry;
  try {
    registry = parseIanaRegistry(text, format, { sourceName: url });
  } catch (error) {
    throw new Error(
      `downloaded ${url} but it is not a valid registry (${(error as Error).message}); ${shown} was left unchanged.`,
      { cause: error },
    );
  }
  const incomplete = incompleteReason(url, registry.records.length, options.previous);
  if (incomplete) throw new Error(`refused the download: ${incomplete} ${shown} was left unchanged.`);

  await mkdir(dirname(destination), { recursive: true });
  // Same directory as the target so the rename cannot cross file systems.
  const temp = `${destination}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, destination);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return {
    destination,
    records: registry.records.length,
    updated: registry.updated,
    bytes: Buffer.byteLength(text, 'utf8'),
  };
}

export interface SnapshotUpdateOptions {
  /** The repository root holding data/iana/ (tests pass a temporary folder). */
  root?: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  /** The date written to the manifest as `fetched`, YYYY-MM-DD (tests fix it). */
  today?: string;
}

/**
 * Refreshes both editions in data/iana/ and the manifest. Each file is checked against the
 * manifest's count before it replaces the old one; the manifest is written only after both
 * files are in place, so a failure leaves the previous snapshot whole.
 */
export async function updateSnapshot(options: SnapshotUpdateOptions = {}): Promise<RegistryUpdateResult[]> {
  const root = options.root ?? REPO_ROOT;
  const manifestPath = join(root, SNAPSHOT_MANIFEST);
  const manifest: SnapshotManifest = (await exists(manifestPath)) ? JSON.parse(await readFile(manifestPath, 'utf8')) : {};
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const results: RegistryUpdateResult[] = [];
  for (const format of ['xml', 'csv'] as const) {
    const result = await updateRegistry({
      format,
      destination: join(root, SNAPSHOT_FILES[format]),
      previous: manifest[format],
      ...(options.fetchImpl && { fetchImpl: options.fetchImpl }),
      ...(options.timeoutMs && { timeoutMs: options.timeoutMs }),
    });
    manifest[format] = { records: result.records, updated: result.updated, fetched: today, from: IANA_URLS[format] };
    results.push(result);
  }
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return results;
}

async function main(): Promise<void> {
  try {
    for (const result of await updateSnapshot()) {
      const shown = relative(process.cwd(), result.destination) || result.destination;
      const megabytes = (result.bytes / 1_000_000).toFixed(1);
      console.log(
        `registry:update: wrote ${shown} (${megabytes} MB): ${result.records} records, registry updated ${result.updated ?? 'unknown'}`,
      );
    }
  } catch (error) {
    console.error(`registry:update: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

// Only run when executed as a script, not when imported by tests.
if (import.meta.main) await main();
