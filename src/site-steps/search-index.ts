import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { type BundleFile, tryCompactBundle } from '../lib/search/compact-bundle.ts';
import { extractIndexedHtml, INDEX_MARKER } from '../lib/search/indexed-html.ts';
import { BUNDLE_DIR, INDEX_CHUNK_BYTES, INDEX_LANGUAGE } from '../lib/search/search-config.ts';

const MARKER = Buffer.from(INDEX_MARKER);

/**
 * Pagefind writes every UI it ships; the site uses only the search API (pagefind.js on the main
 * thread), its WebAssembly and the index itself.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.|^playground\//;

/** What building the index cost and produced. */
export interface SearchIndexStats {
  /** HTML files read, and how many of them went into the index. */
  scanned: number;
  indexed: number;
  /** Files and bytes written. */
  files: number;
  bytes: number;
  seconds: number;
}

/** pagefind.js ships with its long local names; renamed, it is 2 KB (gzip) lighter. */
async function minifyScript(file: BundleFile): Promise<BundleFile> {
  const { code } = await transform(Buffer.from(file.content).toString('utf8'), { minify: true, format: 'esm' });
  return { path: file.path, content: Buffer.from(code) };
}

/** Every .html file under `dir`, as paths relative to it. */
async function htmlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** Runs `task` over `items`, `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A pagefind index with the site's settings. */
async function createSearchIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/**
 * Gives `index` the pages of the built site in `root` that opt in with `data-pagefind-body`, only
 * the marked element of each (see extractIndexedHtml): pagefind would otherwise parse all 65,000
 * port pages in full. `files` are the pages to read (paths relative to `root`); without them every
 * page is read and checked for the marker. Returns how many pages were read and indexed.
 */
async function indexBuiltPages(
  index: pagefind.PagefindIndex,
  root: string,
  files?: readonly string[],
): Promise<{ scanned: number; indexed: number }> {
  const toRead = files ?? (await htmlFilesIn(root)).sort();
  // Files are read many at a time but handed to pagefind one by one, in the list's order: pagefind
  // numbers pages in the order they arrive, and ranking ties and fragment names follow that number,
  // so an index built from pages in completion order differed from build to build.
  const contents: (string | null)[] = new Array(toRead.length);
  await forEachLimited([...toRead.keys()], 32, async (i) => {
    const bytes = await readFile(join(root, toRead[i]!));
    // Most pages are not indexed; a byte search spares decoding them.
    contents[i] = bytes.includes(MARKER) ? extractIndexedHtml(bytes.toString('utf8')) : null;
  });
  let indexed = 0;
  for (const [i, file] of toRead.entries()) {
    const content = contents[i]!;
    if (content === null && files) throw new Error(`${file} was listed for the search index but has no ${INDEX_MARKER} element`);
    if (content === null) continue;
    const result = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content });
    if (result.errors.length) throw new Error(`pagefind could not index ${file}: ${result.errors.join('; ')}`);
    indexed++;
  }
  return { scanned: toRead.length, indexed };
}

/**
 * Writes the index as the browser loads it: compacted (or, with `compact: false` or a bundle the
 * compaction does not know, as pagefind wrote it, with a warning), without pagefind's UIs.
 * Returns files and bytes.
 */
async function writeBundle(
  index: pagefind.PagefindIndex,
  outDir: string,
  { compact = true }: { compact?: boolean } = {},
): Promise<{ files: number; bytes: number }> {
  const output = await index.getFiles();
  if (output.errors.length) throw new Error(`pagefind could not write the index: ${output.errors.join('; ')}`);
  const shipped = output.files.filter((f) => !UNUSED.test(f.path));
  const { files: bundle, warning } = compact ? tryCompactBundle(shipped, { chunkBytes: INDEX_CHUNK_BYTES }) : { files: shipped };
  if (warning) console.warn(warning);
  const written = await Promise.all(bundle.map((f) => (f.path === 'pagefind.js' ? minifyScript(f) : f)));
  await rm(outDir, { recursive: true, force: true });
  let bytes = 0;
  for (const f of written) {
    const path = join(outDir, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.content);
    bytes += f.content.byteLength;
  }
  return { files: written.length, bytes };
}

/**
 * Builds the pagefind index of the site already built in `root` into `outDir` (default
 * `root/pagefind`), reading back `files` (paths relative to `root`), or every page when not given.
 * One of the whole-site steps (site-steps.ts); the search benchmark runs it too, also with
 * `compact: false` to measure what the compaction saves.
 */
export async function buildSearchIndex(
  root: string,
  outDir = join(root, BUNDLE_DIR),
  files?: readonly string[],
  options?: { compact?: boolean },
): Promise<SearchIndexStats> {
  const started = performance.now();
  const index = await createSearchIndex();
  try {
    const { scanned, indexed } = await indexBuiltPages(index, root, files);
    const written = await writeBundle(index, outDir, options);
    return { scanned, indexed, ...written, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
