/**
 * The site checks over a fresh build, in order, each its own process so one failure does not
 * hide the others. Exits non-zero if any failed. Usage: node scripts/checks/run-all.ts
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CHECKS = ['build-budget.ts', 'links.ts', 'page-weight.ts', 'html-valid.ts', 'a11y.ts'];
const failed: string[] = [];
for (const check of CHECKS) {
  console.log(`\n== ${check}`);
  const run = spawnSync(process.execPath, [join(import.meta.dirname, check)], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(check);
}
if (failed.length) {
  console.error(`\nchecks failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nall ${CHECKS.length} site checks passed`);
