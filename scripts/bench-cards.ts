/**
 * What the preview cards cost a build, cold (empty card cache) and warm (every card cached).
 * Runs two sample builds (PORT_ATLAS_SAMPLE=1: the card set is the same as in a full build) with
 * the card cache in a fresh temporary folder, and prints the figures each build reports.
 * A benchmark, not a test: it asserts nothing, it prints. Usage: npm run bench:cards
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cache = mkdtempSync(join(tmpdir(), 'port-atlas-cards-'));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** One sample build; returns the "cards: ..." line the whole-site steps print. */
function build(): string {
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    env: { ...process.env, PORT_ATLAS_SAMPLE: '1', PORT_ATLAS_CARD_CACHE: cache },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = /cards: [^\n]*/.exec(run.stdout)?.[0];
  if (run.status !== 0 || !line) throw new Error(`build failed (exit ${run.status})\n${run.stderr}`);
  return line;
}

try {
  console.log(`cold  ${build()}`);
  console.log(`warm  ${build()}`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
