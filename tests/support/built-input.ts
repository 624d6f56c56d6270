import { existsSync } from 'node:fs';

/**
 * Whether a suite over built output may skip: only when its input is missing outside CI (a
 * developer running one suite without a build). Under CI=true a missing dist/ fails the test file
 * at once, so a broken build step can never pass as "skipped".
 */
export function skipWithout(present: boolean | string): boolean {
  const there = typeof present === 'string' ? existsSync(present) : present;
  if (there) return false;
  if (process.env.CI === 'true') throw new Error('the built site is missing: run npm run build before the built-site tests (CI=true, so this fails instead of skipping)');
  console.warn('[site] skipping: the built site is missing (npm run build), and CI is not set');
  return true;
}
