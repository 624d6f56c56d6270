/**
 * Builds the site, then a bare Astro site of 65,536 trivial pages (same Astro, generated in a
 * temp folder), and prints wall time, peak RSS, pages, output bytes and files for both, and the
 * ratio ours / bare: the figure to watch. Then our output by kind of file (count, average and
 * largest raw bytes), largest total first: where the bytes go. The preview-card endpoint prints its own cost line
 * ("[cards] ...") during our build. A benchmark, not a test: it prints, it asserts nothing.
 * Usage: npm run bench:build
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatBytes } from './checks/dist-files.ts';
import { buildSite } from './lib/site-build.ts';
import { measureOutput, outputByKind, timedAstroBuild } from './lib/timed-build.ts';

const root = resolve(import.meta.dirname, '..');
const quiet = { ...process.env, ASTRO_LOG_LEVEL: 'warn' };

function bareSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bare-astro-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "export default {};\n");
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: 65536 }, (_, n) => ({ params: { n: String(n) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><title>Port {n}</title></head><body><h1>Port {n}</h1></body></html>
`,
  );
  return dir;
}

console.log('building Port Atlas (npm run build: its shards run at once, see scripts/lib/site-build.ts) ...');
const ours = { ...(await buildSite(root, quiet)), ...measureOutput(join(root, 'dist')) };
const bareDir = bareSite();
console.log('building a bare Astro site of 65,536 pages ...');
const bare = { ...(await timedAstroBuild(bareDir, quiet, root)), ...measureOutput(join(bareDir, 'dist')), shards: 1 };
rmSync(bareDir, { recursive: true, force: true });

const rows: [string, (b: typeof ours) => string, (b: typeof ours) => number][] = [
  ['wall time', (b) => `${b.seconds.toFixed(1)} s`, (b) => b.seconds],
  ['peak memory', (b) => `${b.peakMemoryMb.toFixed(0)} MB`, (b) => b.peakMemoryMb],
  ['pages', (b) => b.pages.toLocaleString('en'), (b) => b.pages],
  ['output', (b) => formatBytes(b.bytes), (b) => b.bytes],
  ['files', (b) => b.files.toLocaleString('en'), (b) => b.files],
];
console.log(`\n${'measure'.padEnd(10)} ${'Port Atlas'.padStart(12)} ${'bare Astro'.padStart(12)} ${'ours/bare'.padStart(10)}`);
for (const [name, show, value] of rows) {
  console.log(`${name.padEnd(10)} ${show(ours).padStart(12)} ${show(bare).padStart(12)} ${(value(ours) / value(bare)).toFixed(2).padStart(10)}`);
}

console.log(`\n${'our output by kind'.padEnd(26)} ${'files'.padStart(7)} ${'total'.padStart(10)} ${'average'.padStart(9)} ${'largest'.padStart(9)}  largest file`);
for (const [kind, k] of outputByKind(join(root, 'dist'))) {
  const cells = [k.count.toLocaleString('en').padStart(7), formatBytes(k.bytes).padStart(10), formatBytes(Math.round(k.bytes / k.count)).padStart(9), formatBytes(k.largest).padStart(9)];
  console.log(`${kind.padEnd(26)} ${cells.join(' ')}  ${k.largestPath}`);
}
