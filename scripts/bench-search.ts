/**
 * Measures the site search over a built site and prints what it costs, for the index as the
 * build writes it (compacted, src/lib/search/compact-bundle.ts) and as pagefind wrote it (not
 * compacted): the time the index step takes (run again into a temporary folder), the index on
 * disk, and the bytes a first query transfers in a real browser, gzip-compressed as a static host
 * serves them. A benchmark, not a test: it asserts nothing, it prints.
 * Usage: npm run build && npm run bench:search [-- --dist DIR] [-- "query" ...]
 * (`--dist` measures another built site, only read: each index is served from a temporary folder.)
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUNDLE_DIR } from '../src/lib/search/search-config.ts';
import { buildSearchIndex } from '../src/site-steps/search-index.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { firstQueryCost } from '../tests/support/first-query-cost.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const dist = resolve(distFlag >= 0 ? args.splice(distFlag, 2)[1]! : join(import.meta.dirname, '../dist'));
const queries = args.length ? args : ['ssh', 'telnet', 'license manager', 'grafana', '8080'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Files, bytes, and bytes as allocated on disk (4 KB blocks), under a folder. */
function onDisk(dir: string) {
  let files = 0;
  let bytes = 0;
  let blocks = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const stat = statSync(join(entry.parentPath, entry.name));
    files++;
    bytes += stat.size;
    blocks += stat.blocks * 512;
  }
  return { files, bytes, blocks };
}

/** The site in `dist` with its search index taken from `bundle`: links to everything else. */
function siteWithIndex(site: string, bundle: string) {
  mkdirSync(site);
  for (const entry of readdirSync(dist)) if (entry !== BUNDLE_DIR) symlinkSync(join(dist, entry), join(site, entry));
  symlinkSync(bundle, join(site, BUNDLE_DIR));
}

const scratch = mkdtempSync(join(tmpdir(), 'port-atlas-search-'));
const browser = await launchChromium();
const firstQueries = new Map<string, number[]>();
try {
  for (const [name, compact] of [['compacted', true], ["pagefind's own (not compacted)", false]] as const) {
    const bundle = join(scratch, `${compact ? '' : 'un'}compacted-index`);
    const stats = await buildSearchIndex(dist, bundle, undefined, { compact });
    const index = onDisk(bundle);
    console.log(`index ${name}: built in ${stats.seconds.toFixed(1)} s (${stats.indexed} of ${stats.scanned} pages indexed), ` +
      `${index.files} files, ${kb(index.bytes)} (${kb(index.blocks)} allocated)`);
    const root = join(scratch, `${compact ? '' : 'un'}compacted-site`);
    siteWithIndex(root, bundle);
    const site = await serveStatic(root);
    try {
      for (const query of queries) {
        const fetched = await firstQueryCost(browser, site.url, query);
        const total = fetched.reduce((sum, f) => sum + f.sent, 0);
        firstQueries.set(query, [...(firstQueries.get(query) ?? []), total]);
        const byKind = new Map<string, number>();
        for (const f of fetched) {
          const kind = f.path
            .replace(/^\/pagefind\/(index|fragment|filter)\/.*/, '$1 chunks')
            .replace(/_[0-9a-f]{7,}\./, '.');
          byKind.set(kind, (byKind.get(kind) ?? 0) + f.sent);
        }
        console.log(`  first query "${query}": ${kb(total)} gzip in ${fetched.length} requests`);
        for (const [kind, bytes] of [...byKind].sort((a, b) => b[1] - a[1]))
          console.log(`    ${kb(bytes).padStart(9)}  ${kind}`);
      }
    } finally {
      await site.close();
    }
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log('first query, compacted vs not (gzip):');
for (const [query, [compacted, own]] of firstQueries)
  console.log(`  "${query}": ${kb(compacted!)} vs ${kb(own!)}, ${kb(own! - compacted!)} (${(100 - (100 * compacted!) / own!).toFixed(0)} %) less`);
