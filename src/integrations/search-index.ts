import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { type BundleFile, compactBundle } from '../lib/search/compact-bundle.ts';
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

/**
 * Builds the pagefind index of the site in `root` into `outDir` (default `root/pagefind`).
 * Only pages whose markup opts in with `data-pagefind-body` go in, and pagefind gets only the
 * marked element of each (see extractIndexedHtml): it would otherwise parse all 65,000 port
 * pages in full to find the 6,000 that say more than "unassigned".
 */
export async function buildSearchIndex(root: string, outDir = join(root, BUNDLE_DIR)): Promise<SearchIndexStats> {
  const started = performance.now();
  const files = await htmlFilesIn(root);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  let indexed = 0;
  try {
    await forEachLimited(files, 32, async (file) => {
      const bytes = await readFile(join(root, file));
      // Most pages are not indexed; a byte search spares decoding them.
      const content = bytes.includes(MARKER) ? extractIndexedHtml(bytes.toString('utf8')) : null;
      if (content === null) return;
      const result = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content });
      if (result.errors.length) throw new Error(`pagefind could not index ${file}: ${result.errors.join('; ')}`);
      indexed++;
    });
    const output = await index.getFiles();
    if (output.errors.length) throw new Error(`pagefind could not write the index: ${output.errors.join('; ')}`);
    const compacted = compactBundle(
      output.files.filter((f) => !UNUSED.test(f.path)),
      { chunkBytes: INDEX_CHUNK_BYTES },
    );
    const written = await Promise.all(compacted.map((f) => (f.path === 'pagefind.js' ? minifyScript(f) : f)));
    await rm(outDir, { recursive: true, force: true });
    let total = 0;
    for (const f of written) {
      const path = join(outDir, f.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.content);
      total += f.content.byteLength;
    }
    return {
      scanned: files.length,
      indexed,
      files: written.length,
      bytes: total,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pagefind.close();
  }
}

/** Builds the search index into `dist/pagefind/` once Astro has written the site. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'port-atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const s = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `indexed ${s.indexed} of ${s.scanned} pages in ${s.seconds.toFixed(1)} s: ` +
            `${s.files} files, ${(s.bytes / 1024 / 1024).toFixed(1)} MB in ${BUNDLE_DIR}/`,
        );
      },
    },
  };
}
