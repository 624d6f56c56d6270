import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { extractIndexedHtml, INDEX_MARKER } from '../lib/search/indexed-html';
import { BUNDLE_DIR, INDEX_LANGUAGE } from '../lib/search/search-config';

const MARKER = Buffer.from(INDEX_MARKER);

/**
 * Pagefind writes every UI it ships; the site uses only the search API (pagefind.js on the main
 * thread), its WebAssembly and the index itself.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.|^playground\//;

/** Every .html file under `dir`, as paths relative to it. */
async function htmlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** Runs `task` over `items`, `limit` at a time, keeping order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Builds the pagefind index into `dist/pagefind/` after the site is built. Only pages whose
 * markup opts in with `data-pagefind-body` are read into it: pagefind would otherwise parse all
 * 65,000 port pages to find the 6,000 that say more than "unassigned".
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'port-atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = await htmlFilesIn(root);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        const added = await mapLimited(files, 32, async (file) => {
          const bytes = await readFile(join(root, file));
          // Most pages are not indexed; a byte search spares decoding them.
          const content = bytes.includes(MARKER) ? extractIndexedHtml(bytes.toString('utf8')) : null;
          if (content === null) return 0;
          const result = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content });
          if (result.errors.length) throw new Error(`pagefind could not index ${file}: ${result.errors.join('; ')}`);
          return 1;
        });
        const output = await index.getFiles();
        if (output.errors.length) throw new Error(`pagefind could not write the index: ${output.errors.join('; ')}`);
        const written = output.files.filter((f) => !UNUSED.test(f.path));
        let bytes = 0;
        for (const f of written) {
          const path = join(root, BUNDLE_DIR, f.path);
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, f.content);
          bytes += f.content.byteLength;
        }
        await pagefind.close();
        const pages = added.reduce((a: number, b) => a + b, 0);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `indexed ${pages} of ${files.length} pages in ${seconds} s: ${written.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${BUNDLE_DIR}/`,
        );
      },
    },
  };
}
