/**
 * The build's cost and output against the budgets, from the stats the last `npm run build` wrote:
 * full build under 3 minutes and 2 GB peak memory (all its processes) on this 2-core machine, dist/ under 85,000 files
 * (deployment caps start at 20,000-100,000 files; the per-port data files, one per port that says more than
 * "unassigned", took the site past 75,000) and at most 1 GB (10^9 bytes: GitHub Pages publishes no larger
 * site, docs/deploy.md). Prints the figures either way.
 * Memory and files fail the check. Wall time fails it only with BUILD_BUDGET_STRICT=1: it depends on
 * whether the preview cards are cached and on what else the machine runs, and identical builds vary
 * widely on a shared machine, so a timed failure there would be noise (`npm run bench:build` times it).
 * Usage: node scripts/checks/build-budget.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatBytes } from './dist-files.ts';

const BUDGET = { seconds: 180, peakMemoryMb: 2048, files: 85_000, bytes: 1_000_000_000 };
const statsFile = resolve(import.meta.dirname, '../../test-results/build-stats.json');
if (!existsSync(statsFile)) {
  console.error('build-budget: no build stats. Hint: run `npm run build` first (it writes test-results/build-stats.json).');
  process.exit(1);
}
const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { seconds: number; peakMemoryMb: number; files: number; bytes: number; pages: number; sample: boolean };
console.log(
  `build-budget: ${stats.seconds.toFixed(1)} s, peak memory ${stats.peakMemoryMb.toFixed(0)} MB, ${stats.pages.toLocaleString('en')} pages, ` +
    `${stats.files.toLocaleString('en')} files, ${formatBytes(stats.bytes)} in dist/`,
);
const slow = stats.seconds > BUDGET.seconds && `wall time ${stats.seconds.toFixed(0)} s is over ${BUDGET.seconds} s`;
const timeIsStrict = process.env.BUILD_BUDGET_STRICT === '1';
if (slow && !timeIsStrict) console.warn(`build-budget: warning: ${slow} (not failing: set BUILD_BUDGET_STRICT=1 to enforce).`);
const problems = [
  stats.sample && 'the last build was a sample (PORT_ATLAS_SAMPLE=1); budgets apply to the full build',
  timeIsStrict && slow,
  stats.peakMemoryMb > BUDGET.peakMemoryMb && `peak memory ${stats.peakMemoryMb.toFixed(0)} MB is over ${BUDGET.peakMemoryMb} MB`,
  stats.files >= BUDGET.files && `${stats.files} files in dist/, the budget is under ${BUDGET.files}`,
  stats.bytes > BUDGET.bytes && `dist/ is ${stats.bytes.toLocaleString('en')} bytes, over ${BUDGET.bytes.toLocaleString('en')} (GitHub Pages' 1 GB)`,
].filter(Boolean);
for (const p of problems) console.error(`build-budget: ${p}. Hint: profile the build (npm run bench:build) and move per-page work to build-once.`);
if (problems.length) process.exit(1);
