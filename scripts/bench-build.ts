/**
 * Builds the site, then a bare Astro site of 65,536 trivial pages (same Astro, generated in a
 * temp folder), `--runs` times in turn (3 by default), and prints each pair's wall time, peak
 * memory, pages, output bytes and files, and the ratio ours / bare: the figure to watch, with
 * the median of the runs. Then our output by kind of file (count, average and largest raw bytes),
 * largest total first: where the bytes go. Each build starts from no output, the previous one
 * deleted (untimed) and the disk flushed, as on a fresh clone. A benchmark, not a test: it
 * prints, it asserts nothing.
 * Usage: npm run bench:build [-- --runs 3]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 3 : Number(process.argv[runsArg + 1]);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1; got ${process.argv[runsArg + 1]}`);

/** Deletes a build's output before the next build, outside the timing, and lets the disk catch up. */
function clearOutput(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  if (existsSync('/bin/sync')) execFileSync('/bin/sync');
}

type Cost = { seconds: number; peakMemoryMb: number; pages: number; bytes: number; files: number };
const pairs: { ours: Cost; bare: Cost }[] = [];
const bareDir = bareSite();
for (let run = 1; run <= runs; run++) {
  clearOutput(join(root, 'dist'));
  console.log(`run ${run}/${runs}: building Port Atlas (npm run build, see scripts/lib/site-build.ts) ...`);
  const ours = { ...(await buildSite(root, quiet)), ...measureOutput(join(root, 'dist')) };
  clearOutput(join(bareDir, 'dist'));
  console.log(`run ${run}/${runs}: building a bare Astro site of 65,536 pages ...`);
  const bare = { ...(await timedAstroBuild(bareDir, quiet, root)), ...measureOutput(join(bareDir, 'dist')) };
  pairs.push({ ours, bare });
  console.log(`run ${run}/${runs}: ours ${ours.seconds.toFixed(1)} s, bare ${bare.seconds.toFixed(1)} s, ratio ${(ours.seconds / bare.seconds).toFixed(2)}`);
}
rmSync(bareDir, { recursive: true, force: true });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const rows: [string, (b: Cost) => string, (b: Cost) => number][] = [
  ['wall time', (b) => `${b.seconds.toFixed(1)} s`, (b) => b.seconds],
  ['peak memory', (b) => `${b.peakMemoryMb.toFixed(0)} MB`, (b) => b.peakMemoryMb],
  ['pages', (b) => b.pages.toLocaleString('en'), (b) => b.pages],
  ['output', (b) => formatBytes(b.bytes), (b) => b.bytes],
  ['files', (b) => b.files.toLocaleString('en'), (b) => b.files],
];
for (const [i, { ours, bare }] of pairs.entries()) {
  console.log(`\nrun ${i + 1}   ${'Port Atlas'.padStart(12)} ${'bare Astro'.padStart(12)} ${'ours/bare'.padStart(10)}`);
  for (const [name, show, value] of rows) {
    console.log(`${name.padEnd(11)} ${show(ours).padStart(12)} ${show(bare).padStart(12)} ${(value(ours) / value(bare)).toFixed(2).padStart(10)}`);
  }
}
const ratios = pairs.map((p) => p.ours.seconds / p.bare.seconds);
console.log(
  `\nmedian of ${runs}: ours ${median(pairs.map((p) => p.ours.seconds)).toFixed(1)} s, bare ${median(pairs.map((p) => p.bare.seconds)).toFixed(1)} s, ratio ${median(ratios).toFixed(2)} (runs: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
);

console.log(`\n${'our output by kind'.padEnd(26)} ${'files'.padStart(7)} ${'total'.padStart(10)} ${'average'.padStart(9)} ${'largest'.padStart(9)}  largest file`);
for (const [kind, k] of outputByKind(join(root, 'dist'))) {
  const cells = [k.count.toLocaleString('en').padStart(7), formatBytes(k.bytes).padStart(10), formatBytes(Math.round(k.bytes / k.count)).padStart(9), formatBytes(k.largest).padStart(9)];
  console.log(`${kind.padEnd(26)} ${cells.join(' ')}  ${k.largestPath}`);
}
