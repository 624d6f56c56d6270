/**
 * Measures the site search over the built dist/ and prints what it costs: the build time the
 * index adds (the index step is run again into a temporary folder), the index on disk, and the
 * bytes a first query transfers in a real browser, gzip-compressed as a static host serves them.
 * A benchmark, not a test: it asserts nothing, it prints.
 * Usage: npm run build && npm run bench:search [-- "query" ...]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from '../src/site-steps/search-index.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { firstQueryCost } from '../tests/support/first-query-cost.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const dist = resolve(import.meta.dirname, '../dist');
const queries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['ssh', 'telnet', 'license manager', 'grafana', '8080'];
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

const index = onDisk(join(dist, 'pagefind'));
console.log(`index on disk   ${index.files} files, ${kb(index.bytes)} (${kb(index.blocks)} allocated)`);

const scratch = mkdtempSync(join(tmpdir(), 'port-atlas-search-'));
const stats = await buildSearchIndex(dist, scratch);
rmSync(scratch, { recursive: true, force: true });
console.log(`index build     ${stats.seconds.toFixed(1)} s: ${stats.indexed} of ${stats.scanned} pages indexed`);

const site = await serveStatic(dist);
const browser = await launchChromium();
for (const query of queries) {
  const fetched = await firstQueryCost(browser, site.url, query);
  const total = fetched.reduce((sum, f) => sum + f.sent, 0);
  const byKind = new Map<string, number>();
  for (const f of fetched) {
    const kind = f.path
      .replace(/^\/pagefind\/(index|fragment|filter)\/.*/, '$1 chunks')
      .replace(/_[0-9a-f]{7,}\./, '.');
    byKind.set(kind, (byKind.get(kind) ?? 0) + f.sent);
  }
  console.log(`first query "${query}": ${kb(total)} gzip in ${fetched.length} requests`);
  for (const [kind, bytes] of [...byKind].sort((a, b) => b[1] - a[1]))
    console.log(`  ${kb(bytes).padStart(9)}  ${kind}`);
}
await browser.close();
await site.close();
