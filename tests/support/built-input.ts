import { existsSync } from 'node:fs';

/**
 * Whether a suite over built output may skip: only when its input is missing outside CI (a
 * developer running one suite without a build, or without a program the suite drives). Under
 * CI=true a missing input fails the test file at once, so a broken build or install step can never
 * pass as "skipped".
 */
export function skipWithout(present: boolean | string, missing = 'the built site is missing: run npm run build before the built-site tests'): boolean {
  const there = typeof present === 'string' ? existsSync(present) : present;
  if (there) return false;
  if (process.env.CI === 'true') throw new Error(`${missing} (CI=true, so this fails instead of skipping)`);
  console.warn(`[site] skipping: ${missing}, and CI is not set`);
  return true;
}
